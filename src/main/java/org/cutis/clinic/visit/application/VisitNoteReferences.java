package org.cutis.clinic.visit.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.clinic.visit.domain.VisitNoteShape;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.skincare.AdverseEventDirectory;
import org.cutis.staging.CancerDirectory;

import org.springframework.stereotype.Component;

/**
 * What a visit note refers to, checked to be the patient's before a draft is saved: the lesions
 * reviewed and suspected (a suspected one not voided), the cancer of a relapse, the adverse event.
 * A note must never point into another patient's chart.
 */
@Component
class VisitNoteReferences {
	private final LesionDirectory lesions;
	private final CancerDirectory cancers;
	private final AdverseEventDirectory adverseEvents;

	VisitNoteReferences(LesionDirectory lesions, CancerDirectory cancers, AdverseEventDirectory adverseEvents) {
		this.lesions = lesions;
		this.cancers = cancers;
		this.adverseEvents = adverseEvents;
	}

	/** Every problem at once, with the note's own shape problems, named by the field that holds the reference. */
	void check(UUID patientId, VisitNoteContent content) {
		Map<UUID, LesionSummary> own = new LinkedHashMap<>();
		lesions.lesionsOf(patientId).forEach(l -> own.put(l.id(), l));
		List<FieldProblem> problems = new ArrayList<>(VisitNoteShape.problemsOf(content));
		List<LesionReview> reviews = content.lesionReviews();
		for (int i = 0; i < reviews.size(); i++) {
			if (reviews.get(i).lesionId() != null && !own.containsKey(reviews.get(i).lesionId())) {
				problems.add(new FieldProblem("lesionReviews[" + i + "].lesionId", "visit.lesions.notPatients"));
			}
		}
		for (int i = 0; i < content.suspectedLesionIds().size(); i++) {
			LesionSummary lesion = own.get(content.suspectedLesionIds().get(i));
			if (lesion == null || lesion.voided()) {
				problems.add(new FieldProblem("suspectedLesionIds[" + i + "]", "visit.lesions.notPatients"));
			}
		}
		if (content.cancerId() != null && cancers.find(content.cancerId())
			.filter(c -> c.patientId().equals(patientId))
			.isEmpty()) {
			problems.add(new FieldProblem("cancerId", "visit.relapse.cancerNotPatients"));
		}
		if (content.adverseEventId() != null && adverseEvents.find(content.adverseEventId())
			.filter(e -> e.patientId().equals(patientId) && !e.voided())
			.isEmpty()) {
			problems.add(new FieldProblem("adverseEventId", "visit.adverseEvent.notPatients"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}
}
