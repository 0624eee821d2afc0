package org.cutis.clinic.visit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.clinic.VisitAssessment;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The shape of a note's content, checked before every save: lengths, each lesion and node basin
 * once, what the assessment needs (the cancer and lesions for a suspected relapse, the adverse
 * event); and what must be there before signing. Each problem names its field; that the records are
 * the patient's is the service's check.
 */
public final class VisitNoteShape {
	private VisitNoteShape() {
	}

	/** Every problem of the content's shape, each naming its field (the service adds whose records they are). */
	public static List<FieldProblem> problemsOf(VisitNoteContent c) {
		List<FieldProblem> problems = new ArrayList<>();
		tooLong(c.intervalHistory(), VisitNote.MAX_TEXT, "intervalHistory", problems);
		tooLong(c.resultsReviewed(), VisitNote.MAX_TEXT, "resultsReviewed", problems);
		Set<UUID> results = new HashSet<>();
		for (int i = 0; i < c.reviewedResults().size(); i++) {
			ReviewedResult r = c.reviewedResults().get(i);
			if (r == null || r.id() == null) {
				problems.add(new FieldProblem("resultsReviewed[" + i + "]", "error.field.required"));
			}
			else if (!results.add(r.id())) {
				problems.add(new FieldProblem("resultsReviewed[" + i + "]", "visit.results.twice"));
			}
		}
		tooLong(c.plan(), VisitNote.MAX_TEXT, "plan", problems);
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < c.lesionReviews().size(); i++) {
			LesionReview r = c.lesionReviews().get(i);
			String field = "lesionReviews[" + i + "]";
			if (r.lesionId() == null) {
				problems.add(new FieldProblem(field + ".lesionId", "error.field.required"));
			}
			else if (!seen.add(r.lesionId())) {
				problems.add(new FieldProblem(field + ".lesionId", "visit.lesions.twice"));
			}
			if (r.finding() == null) {
				problems.add(new FieldProblem(field + ".finding", "visit.lesions.finding"));
			}
			else if (r.finding() == LesionReview.Finding.CHANGED && r.change() == null) {
				problems.add(new FieldProblem(field + ".change", "visit.lesions.changeRequired"));
			}
			tooLong(r.change(), VisitNote.MAX_CHANGE, field + ".change", problems);
		}
		Set<LymphNodeRegion> regions = new HashSet<>();
		for (int i = 0; i < c.lymphNodes().size(); i++) {
			LymphNodeFinding n = c.lymphNodes().get(i);
			String field = "lymphNodes[" + i + "]";
			if (n.region() == null) {
				problems.add(new FieldProblem(field + ".region", "visit.nodes.regionRequired"));
			}
			else if (!regions.add(n.region())) {
				problems.add(new FieldProblem(field + ".region", "visit.nodes.twice"));
			}
			tooLong(n.detail(), VisitNote.MAX_CHANGE, field + ".detail", problems);
		}
		if (c.assessment() == VisitAssessment.RELAPSE_SUSPECTED) {
			if (c.cancerId() == null) {
				problems.add(new FieldProblem("cancerId", "visit.relapse.cancerRequired"));
			}
			if (c.suspectedLesionIds().isEmpty()) {
				problems.add(new FieldProblem("suspectedLesionIds", "visit.relapse.lesionRequired"));
			}
		}
		if (c.assessment() == VisitAssessment.SKIN_ADVERSE_EVENT && c.adverseEventId() == null) {
			problems.add(new FieldProblem("adverseEventId", "visit.adverseEvent.required"));
		}
		return problems;
	}

	/**
	 * What must be there before a note is signed: the assessment, the plan, and every lesion of the
	 * patient that is not voided reviewed (the full skin examination).
	 *
	 * @param openLesions the patient's lesions that are not voided, id to label
	 */
	public static List<FieldProblem> problemsBeforeSigning(VisitNoteContent c, java.util.Map<UUID, String> openLesions) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.assessment() == null) {
			problems.add(new FieldProblem("assessment", "error.field.required"));
		}
		if (c.plan() == null) {
			problems.add(new FieldProblem("plan", "error.field.required"));
		}
		Set<UUID> reviewed = new HashSet<>();
		c.lesionReviews().forEach(r -> reviewed.add(r.lesionId()));
		List<String> missing = openLesions.entrySet()
			.stream()
			.filter(e -> !reviewed.contains(e.getKey()))
			.map(java.util.Map.Entry::getValue)
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			problems.add(new FieldProblem("lesionReviews", "visit.lesions.unreviewed", String.join(", ", missing)));
		}
		return problems;
	}

	private static void tooLong(String value, int max, String field, Collection<FieldProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "error.field.tooLong", max));
		}
	}

}
