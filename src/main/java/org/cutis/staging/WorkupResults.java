package org.cutis.staging;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.staging.domain.WorkupOrder;
import org.cutis.staging.domain.WorkupOrders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: the patient's work-up results. Does not audit; callers audit their own views. */
@Component
@Transactional(readOnly = true)
public class WorkupResults {
	private final WorkupOrders orders;

	WorkupResults(WorkupOrders orders) {
		this.orders = orders;
	}

	/** Every resulted work-up order of the patient, oldest result first. */
	public List<ResultedWorkup> of(UUID patientId) {
		return orders.findByPatientIdAndStatus(patientId, WorkupOrder.Status.RESULTED)
			.stream()
			.sorted(Comparator.comparing(WorkupOrder::resultAt))
			.map(o -> new ResultedWorkup(o.id(), o.cancerId(), o.kind().code(), o.resultAt(), o.resultMessage()))
			.toList();
	}
}
