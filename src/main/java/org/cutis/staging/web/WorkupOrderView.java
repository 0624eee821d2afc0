package org.cutis.staging.web;

import java.time.Instant;
import java.util.UUID;

import org.cutis.staging.domain.WorkupOrder;

/** A work-up order in the API, with its result in one line once recorded. */
record WorkupOrderView(UUID id, UUID cancerId, String kind, String status, String advice, String instructions,
		String declineReason, Instant proposedAt, String decidedBy, Instant resultAt, String result, long version) {

	static WorkupOrderView of(WorkupOrder o) {
		return new WorkupOrderView(o.id(), o.cancerId(), o.kind().code(), o.status().code(), o.advice(),
				o.instructions(), o.declineReason(), o.proposedAt(), o.decidedBy(), o.resultAt(), o.resultLine(),
				o.version());
	}
}
