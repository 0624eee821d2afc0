package org.cutis.clinic.visit.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.visit.application.VisitNoting.NewLesion;
import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.LymphNodeFinding;
import org.cutis.clinic.visit.domain.LymphNodeRegion;
import org.cutis.clinic.visit.domain.ReviewedResult;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.BodyView;
import org.cutis.lesion.LesionDescription;
import org.cutis.lesion.Suspicion;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The API's body of {@code POST /api/v1/appointments/{id}/visit-note}: the whole note as it stands
 * (each save replaces the draft), the lesions found at this visit, and {@code "sign": true} with
 * {@code password} or {@code pin} to sign. Codes arrive as text so a wrong one is a field error.
 * {@code resultsReviewed} is the list of the reviewed results' ids (pathology reports, work-up
 * results); a text there, as before, is still taken as the free text ({@code resultsReviewedText}).
 */
record VisitNoteRequest(Long version, String intervalHistory, List<Review> lesionReviews, List<NewLesionRequest> newLesions,
		List<Node> lymphNodes, Object resultsReviewed, String resultsReviewedText, String assessment, UUID cancerId, UUID adverseEventId,
		List<UUID> suspectedLesionIds, String plan, Boolean sign, String password, String pin) {

	record Review(UUID lesionId, String finding, String change) {
	}

	record Node(String region, Boolean palpable, String detail) {
	}

	record NewLesionRequest(String view, BigDecimal x, BigDecimal y, String site, String laterality, BigDecimal sizeMm,
			String colour, String impression, String differential, String suspicion, Boolean suspected) {
	}

	boolean signing() {
		return Boolean.TRUE.equals(sign);
	}

	SignatureSecret secret() {
		return new SignatureSecret(password, pin);
	}

	/** The content, or every code problem at once naming its field and the allowed codes. */
	VisitNoteContent content() {
		List<FieldProblem> problems = new ArrayList<>();
		List<LesionReview> reviews = new ArrayList<>();
		List<Review> given = lesionReviews == null ? List.of() : lesionReviews;
		for (int i = 0; i < given.size(); i++) {
			Review r = given.get(i) == null ? new Review(null, null, null) : given.get(i);
			LesionReview.Finding finding = parse("lesionReviews[" + i + "].finding", r.finding(),
					LesionReview.Finding::fromCode, "unchanged, changed, new", problems);
			reviews.add(new LesionReview(r.lesionId(), finding, r.change()));
		}
		List<LymphNodeFinding> nodes = new ArrayList<>();
		List<Node> nodesGiven = lymphNodes == null ? List.of() : lymphNodes;
		for (int i = 0; i < nodesGiven.size(); i++) {
			Node n = nodesGiven.get(i) == null ? new Node(null, null, null) : nodesGiven.get(i);
			LymphNodeRegion region = parse("lymphNodes[" + i + "].region", n.region(), LymphNodeRegion::fromCode,
					String.join(", ", java.util.Arrays.stream(LymphNodeRegion.values()).map(LymphNodeRegion::code).toList()),
					problems);
			nodes.add(new LymphNodeFinding(region, Boolean.TRUE.equals(n.palpable()), n.detail()));
		}
		String resultsText = resultsReviewedText != null ? resultsReviewedText
				: resultsReviewed instanceof String text ? text : null;
		List<ReviewedResult> results = new ArrayList<>();
		if (resultsReviewed instanceof List<?> ids) {
			for (int i = 0; i < ids.size(); i++) {
				UUID id = uuidOf(ids.get(i));
				if (id == null) {
					problems.add(new FieldProblem("resultsReviewed[" + i + "]", "visit.results.notPatients"));
				}
				results.add(new ReviewedResult(null, id));
			}
		}
		else if (resultsReviewed != null && !(resultsReviewed instanceof String)) {
			problems.add(new FieldProblem("resultsReviewed", "visit.results.notPatients"));
		}
		VisitAssessment parsed = parse("assessment", assessment, VisitAssessment::fromCode,
				"no-evidence-of-disease, relapse-suspected, new-primary-suspected, skin-adverse-event", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new VisitNoteContent(intervalHistory, reviews, nodes, resultsText, results, parsed, cancerId,
				adverseEventId, suspectedLesionIds, plan);
	}

	List<NewLesion> lesions() {
		List<FieldProblem> problems = new ArrayList<>();
		List<NewLesion> lesions = new ArrayList<>();
		List<NewLesionRequest> given = newLesions == null ? List.of() : newLesions;
		for (int i = 0; i < given.size(); i++) {
			NewLesionRequest l = given.get(i);
			if (l == null) {
				continue;
			}
			String at = "newLesions[" + i + "].";
			BodyView v = parse(at + "view", l.view(), BodyView::fromCode, "front, back, head, hands, feet", problems);
			AnatomicSite s = parse(at + "site", l.site(), VisitNoteRequest::siteOf, "site codes", problems);
			Laterality side = parse(at + "laterality", l.laterality(), Laterality::fromCode, "left, right, midline",
					problems);
			Diagnosis d = parse(at + "impression", l.impression(), Diagnosis::fromCode, "diagnosis codes", problems);
			Suspicion u = parse(at + "suspicion", l.suspicion(), Suspicion::fromCode, "low, moderate, high", problems);
			lesions.add(new NewLesion(new LesionDescription(v, l.x(), l.y(), s, side, l.sizeMm(), l.colour(), false,
					false, false, false, false, null, d, l.differential(), u), Boolean.TRUE.equals(l.suspected())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return lesions;
	}

	private static <T> T parse(String field, String raw, Function<String, T> parser, String allowed,
			List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		T parsed = parser.apply(raw.trim());
		if (parsed == null) {
			problems.add(new FieldProblem(field, "visit.code.invalid", raw, allowed));
		}
		return parsed;
	}

	private static UUID uuidOf(Object raw) {
		try {
			return raw instanceof String s ? UUID.fromString(s.trim()) : null;
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static AnatomicSite siteOf(String code) {
		for (AnatomicSite s : AnatomicSite.values()) {
			if (s.code().equals(code) || s.name().equals(code)) {
				return s;
			}
		}
		return null;
	}
}
