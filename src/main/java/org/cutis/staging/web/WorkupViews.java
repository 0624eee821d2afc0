package org.cutis.staging.web;

import java.util.List;
import java.util.UUID;

import org.cutis.staging.application.WorkupManagement;

import org.springframework.stereotype.Component;

/** Work-up orders as API views. */
@Component
class WorkupViews {
	private final WorkupManagement workup;

	WorkupViews(WorkupManagement workup) {
		this.workup = workup;
	}

	List<WorkupOrderView> ordersOf(UUID cancerId) {
		return workup.ordersOf(cancerId).stream().map(WorkupOrderView::of).toList();
	}
}
