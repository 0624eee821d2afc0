package org.cutis.clinic.visit.domain;

import java.util.List;
import java.util.UUID;

import org.cutis.clinic.VisitAssessment;

/**
 * What the doctor writes in the note, as one whole (each save replaces the draft's content).
 *
 * @param resultsReviewed    the results reviewed in the doctor's words (free text, beside the references)
 * @param reviewedResults    the results reviewed by reference (a kind not yet known until the service resolves it)
 * @param cancerId           for relapse suspected: the cancer that is suspected to relapse
 * @param adverseEventId     for a skin adverse event: the patient's skin adverse event it is
 * @param suspectedLesionIds for relapse or new primary suspected: where (original or new lesions)
 */
public record VisitNoteContent(String intervalHistory, List<LesionReview> lesionReviews,
		List<LymphNodeFinding> lymphNodes, String resultsReviewed, List<ReviewedResult> reviewedResults, VisitAssessment assessment, UUID cancerId,
		UUID adverseEventId, List<UUID> suspectedLesionIds, String plan) {

	public VisitNoteContent {
		intervalHistory = trim(intervalHistory);
		resultsReviewed = trim(resultsReviewed);
		plan = trim(plan);
		lesionReviews = lesionReviews == null ? List.of()
				: lesionReviews.stream()
					.map(r -> new LesionReview(r.lesionId(), r.finding(), trim(r.change())))
					.toList();
		lymphNodes = lymphNodes == null ? List.of()
				: lymphNodes.stream().map(n -> new LymphNodeFinding(n.region(), n.palpable(), trim(n.detail()))).toList();
		reviewedResults = reviewedResults == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reviewedResults));
		suspectedLesionIds = suspectedLesionIds == null ? List.of()
				: suspectedLesionIds.stream().distinct().toList();
		// once assessed, only the assessment that needs them keeps its links (undecided, a draft keeps them all)
		if (assessment != null && assessment != VisitAssessment.RELAPSE_SUSPECTED) {
			cancerId = null;
		}
		if (assessment != null && assessment != VisitAssessment.SKIN_ADVERSE_EVENT) {
			adverseEventId = null;
		}
		if (assessment != null && assessment != VisitAssessment.RELAPSE_SUSPECTED
				&& assessment != VisitAssessment.NEW_PRIMARY_SUSPECTED) {
			suspectedLesionIds = List.of();
		}
	}

	public static VisitNoteContent empty() {
		return new VisitNoteContent(null, List.of(), List.of(), null, List.of(), null, null, null, List.of(), null);
	}

	/** The same content with the lesions added at this visit reviewed as new (and suspected where asked). */
	public VisitNoteContent withNewLesions(List<UUID> added, List<UUID> suspectedOfThem) {
		List<LesionReview> reviews = new java.util.ArrayList<>(lesionReviews);
		added.forEach(id -> reviews.add(new LesionReview(id, LesionReview.Finding.NEW, null)));
		List<UUID> suspected = new java.util.ArrayList<>(suspectedLesionIds);
		suspected.addAll(suspectedOfThem);
		return new VisitNoteContent(intervalHistory, reviews, lymphNodes, resultsReviewed, reviewedResults, assessment,
				cancerId, adverseEventId, suspected, plan);
	}

	/** The same content with the reviewed results as resolved (typed) by the service. */
	public VisitNoteContent withReviewedResults(List<ReviewedResult> resolved) {
		return new VisitNoteContent(intervalHistory, lesionReviews, lymphNodes, resultsReviewed, resolved, assessment,
				cancerId, adverseEventId, suspectedLesionIds, plan);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
