package org.cutis.treatment.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cutis.treatment.plan.application.Timings;
import org.cutis.treatment.plan.domain.PlanItem;
import org.cutis.treatment.plan.domain.TreatmentPlan;

/**
 * A treatment plan in the API. Codes as the contract spells them ("wide-local-excision",
 * "in-progress", "dermatology"); the responsible physician by login id. Without the clinical
 * permission (clerks, administrators) the clinical detail is left out: intent, item details and
 * reasons, the timings.
 *
 * @param status active | completed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanView(UUID id, UUID cancerId, UUID patientId, String intent, String status, UUID boardCaseId,
		LocalDate boardDiscussedOn, String createdBy, Instant createdAt, LocalDate completedOn, long version,
		List<ItemView> items, Timings timings) {

	static PlanView of(TreatmentPlan plan, boolean clinical, Timings timings) {
		return new PlanView(plan.id(), plan.cancerId(), plan.patientId(),
				clinical && plan.intent() != null ? plan.intent().code() : null,
				plan.isCompleted() ? "completed" : "active", plan.boardCaseId(), plan.boardDiscussedOn(),
				plan.createdBy(), plan.createdAt(), plan.completedOn(), plan.version(),
				plan.items().stream().map(i -> ItemView.of(i, clinical)).toList(), clinical ? timings : null);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ItemView(UUID id, String type, String detail, String responsible, String department, String status,
			String source, String reason, String cancelReason, LocalDate startedOn, LocalDate doneOn,
			LocalDate cancelledOn, String link) {

		static ItemView of(PlanItem i, boolean clinical) {
			return new ItemView(i.id(), i.type().code(), clinical ? i.detail() : null, i.responsible(),
					i.department().code(), i.status().code(), i.source().code(), clinical ? i.reason() : null,
					clinical ? i.cancelReason() : null, i.startedOn(), i.doneOn(), i.cancelledOn(),
					clinical ? i.link() : null);
		}
	}
}
