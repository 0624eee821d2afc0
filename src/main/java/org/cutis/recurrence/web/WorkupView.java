package org.cutis.recurrence.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.StaffNames;
import org.cutis.recurrence.application.RelapseWorkupQueries.Tracked;
import org.cutis.recurrence.domain.RelapseWorkup;

/**
 * A relapse work-up in the API: the visit that suspected relapse, the lesions to re-biopsy (relation
 * original | new-lesion, each with its re-biopsy's specimen, purpose and status once ordered), the
 * status (open | confirmed | ruled-out), the next step (order-rebiopsy | awaiting-result |
 * decide-uncertain) and the result.
 */
record WorkupView(UUID id, UUID patientId, UUID cancerId, UUID visitNoteId, String suspectedBy,
		String suspectedByName, LocalDate suspectedOn, String status, String nextStep, Instant openedAt,
		List<Lesion> lesions, Result result, UUID recurrenceId, Instant closedAt, long version) {

	record Lesion(UUID lesionId, String relation, Rebiopsy rebiopsy) {
	}

	record Rebiopsy(UUID specimenId, String accession, String purpose, String status, Instant orderedAt,
			Instant collectedAt) {
	}

	record Result(UUID specimenId, UUID reportId, String behaviour, Instant at) {
	}

	static WorkupView of(Tracked t, StaffNames names) {
		RelapseWorkup w = t.workup();
		return new WorkupView(w.id(), w.patientId(), w.cancerId(), w.visitNoteId(), w.suspectedBy(),
				names.label(w.suspectedBy()), w.suspectedOn(), w.status(), t.nextStep(), w.openedAt(),
				t.targets().stream().map(target -> new Lesion(target.lesion().lesionId(), target.lesion().relation(),
						target.rebiopsy() == null ? null
								: new Rebiopsy(target.rebiopsy().specimen().id(), target.rebiopsy().specimen().accession(),
										target.rebiopsy().specimen().role().code(),
										target.rebiopsy().specimen().status().code(), target.rebiopsy().orderedAt(),
										target.rebiopsy().collectedAt())))
					.toList(),
				w.resultBehaviour() == null ? null
						: new Result(w.specimenId(), w.reportId(), w.resultBehaviour(), w.resultAt()),
				w.recurrenceId(), w.closedAt(), w.version());
	}
}
