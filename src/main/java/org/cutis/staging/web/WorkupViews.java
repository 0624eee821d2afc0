package org.cutis.staging.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Work-up orders as API views (filled in with the work-up slice). */
@Component
class WorkupViews {
	List<WorkupOrderView> ordersOf(UUID cancerId) {
		return List.of();
	}
}
