package org.cutis.clinic.visit.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.visit.application.VisitNoting.NewLesion;
import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.LymphNodeFinding;
import org.cutis.clinic.visit.domain.LymphNodeRegion;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.BodyView;
import org.cutis.lesion.LesionDescription;
import org.cutis.clinic.visit.domain.ReviewedResult;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.Suspicion;
import org.cutis.rules.common.AnatomicSite;

/**
 * The visit note page's form: the note's fields named as in the API (so a problem lands beside its
 * field), one review row per lesion, one row per node basin, and the place and description of a new
 * lesion found at this visit (the body map fills view, x, y, site and side).
 */
public class VisitNoteForm {
	private Long version;
	private String intervalHistory;
	private List<Review> lesionReviews = new ArrayList<>();
	private List<Node> lymphNodes = new ArrayList<>();
	private String resultsReviewed;
	// the results reviewed, by reference (one checkbox each)
	private List<UUID> reviewedResultIds = new ArrayList<>();
	private String assessment;
	private UUID cancerId;
	private UUID adverseEventId;
	private List<UUID> suspectedLesionIds = new ArrayList<>();
	private String plan;
	// a new lesion found at this visit
	private BodyView view;
	private BigDecimal x;
	private BigDecimal y;
	private AnatomicSite site;
	private Laterality laterality;
	private BigDecimal sizeMm;
	private Diagnosis impression;
	private Suspicion suspicion = Suspicion.LOW;
	private boolean suspected;

	/** One lesion's row: unchanged or changed and what changed; a lesion added at this visit is new. */
	public static class Review {
		private UUID lesionId;
		private String finding;
		private String change;

		public Review() {
		}

		Review(UUID lesionId, String finding, String change) {
			this.lesionId = lesionId;
			this.finding = finding;
			this.change = change;
		}

		public UUID getLesionId() { return lesionId; }
		public void setLesionId(UUID lesionId) { this.lesionId = lesionId; }
		public String getFinding() { return finding; }
		public void setFinding(String finding) { this.finding = finding; }
		public String getChange() { return change; }
		public void setChange(String change) { this.change = change; }
	}

	/** One node basin: not examined (blank), not palpable (no) or palpable (yes), and what was felt. */
	public static class Node {
		private String region;
		private String state;
		private String detail;

		public Node() {
		}

		Node(String region, String state, String detail) {
			this.region = region;
			this.state = state;
			this.detail = detail;
		}

		public String getRegion() { return region; }
		public void setRegion(String region) { this.region = region; }
		public String getState() { return state; }
		public void setState(String state) { this.state = state; }
		public String getDetail() { return detail; }
		public void setDetail(String detail) { this.detail = detail; }
	}

	/** The form for the note as saved (or empty), with a row for every lesion of the patient not voided. */
	static VisitNoteForm of(VisitNoteContent content, Long version, List<LesionSummary> lesions) {
		VisitNoteForm f = new VisitNoteForm();
		f.version = version;
		f.intervalHistory = content.intervalHistory();
		f.resultsReviewed = content.resultsReviewed();
		f.reviewedResultIds = new ArrayList<>(content.reviewedResults().stream().map(ReviewedResult::id).toList());
		f.assessment = content.assessment() == null ? null : content.assessment().code();
		f.cancerId = content.cancerId();
		f.adverseEventId = content.adverseEventId();
		f.suspectedLesionIds = new ArrayList<>(content.suspectedLesionIds());
		f.plan = content.plan();
		Map<UUID, LesionReview> reviewed = new HashMap<>();
		content.lesionReviews().forEach(r -> reviewed.put(r.lesionId(), r));
		for (LesionSummary l : lesions) {
			LesionReview r = reviewed.get(l.id());
			if (r != null || !l.voided()) {
				f.lesionReviews.add(r == null ? new Review(l.id(), null, null)
						: new Review(l.id(), r.finding().code(), r.change()));
			}
		}
		Map<LymphNodeRegion, LymphNodeFinding> nodes = new HashMap<>();
		content.lymphNodes().forEach(n -> nodes.put(n.region(), n));
		for (LymphNodeRegion region : LymphNodeRegion.values()) {
			LymphNodeFinding n = nodes.get(region);
			f.lymphNodes.add(new Node(region.code(), n == null ? "" : n.palpable() ? "yes" : "no",
					n == null ? null : n.detail()));
		}
		return f;
	}

	/** The content; a row without a finding is left out (not yet reviewed), a basin left blank was not examined. */
	VisitNoteContent content() {
		List<LesionReview> reviews = new ArrayList<>();
		for (Review r : lesionReviews) {
			if (r != null && r.lesionId != null && r.finding != null && !r.finding.isBlank()) {
				reviews.add(new LesionReview(r.lesionId, LesionReview.Finding.fromCode(r.finding), r.change));
			}
		}
		List<LymphNodeFinding> nodes = new ArrayList<>();
		for (Node n : lymphNodes) {
			if (n != null && n.state != null && !n.state.isBlank() && LymphNodeRegion.fromCode(n.region) != null) {
				nodes.add(new LymphNodeFinding(LymphNodeRegion.fromCode(n.region), "yes".equals(n.state), n.detail));
			}
		}
		List<ReviewedResult> results = reviewedResultIds == null ? List.of()
				: reviewedResultIds.stream().filter(java.util.Objects::nonNull).distinct()
					.map(id -> new ReviewedResult(null, id)).toList();
		return new VisitNoteContent(intervalHistory, reviews, nodes, resultsReviewed, results,
				VisitAssessment.fromCode(assessment), cancerId, adverseEventId, suspectedLesionIds, plan);
	}

	/** The new lesion when a place or a site was chosen; none otherwise. */
	List<NewLesion> newLesions() {
		if (site == null && view == null) {
			return List.of();
		}
		return List.of(new NewLesion(new LesionDescription(view, x, y, site, laterality, sizeMm, null, false, false,
				false, false, false, null, impression, null, suspicion), suspected));
	}

	/** After the new lesion was recorded the next one starts empty. */
	void clearNewLesion() {
		view = null;
		x = null;
		y = null;
		site = null;
		laterality = null;
		sizeMm = null;
		impression = null;
		suspicion = Suspicion.LOW;
		suspected = false;
	}

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getIntervalHistory() { return intervalHistory; }
	public void setIntervalHistory(String intervalHistory) { this.intervalHistory = intervalHistory; }
	public List<Review> getLesionReviews() { return lesionReviews; }
	public void setLesionReviews(List<Review> lesionReviews) { this.lesionReviews = lesionReviews; }
	public List<Node> getLymphNodes() { return lymphNodes; }
	public void setLymphNodes(List<Node> lymphNodes) { this.lymphNodes = lymphNodes; }
	public String getResultsReviewed() { return resultsReviewed; }
	public void setResultsReviewed(String resultsReviewed) { this.resultsReviewed = resultsReviewed; }
	public List<UUID> getReviewedResultIds() { return reviewedResultIds; }
	public void setReviewedResultIds(List<UUID> reviewedResultIds) { this.reviewedResultIds = reviewedResultIds; }
	public String getAssessment() { return assessment; }
	public void setAssessment(String assessment) { this.assessment = assessment; }
	public UUID getCancerId() { return cancerId; }
	public void setCancerId(UUID cancerId) { this.cancerId = cancerId; }
	public UUID getAdverseEventId() { return adverseEventId; }
	public void setAdverseEventId(UUID adverseEventId) { this.adverseEventId = adverseEventId; }
	public List<UUID> getSuspectedLesionIds() { return suspectedLesionIds; }
	public void setSuspectedLesionIds(List<UUID> suspectedLesionIds) { this.suspectedLesionIds = suspectedLesionIds; }
	public String getPlan() { return plan; }
	public void setPlan(String plan) { this.plan = plan; }
	public BodyView getView() { return view; }
	public void setView(BodyView view) { this.view = view; }
	public BigDecimal getX() { return x; }
	public void setX(BigDecimal x) { this.x = x; }
	public BigDecimal getY() { return y; }
	public void setY(BigDecimal y) { this.y = y; }
	public AnatomicSite getSite() { return site; }
	public void setSite(AnatomicSite site) { this.site = site; }
	public Laterality getLaterality() { return laterality; }
	public void setLaterality(Laterality laterality) { this.laterality = laterality; }
	public BigDecimal getSizeMm() { return sizeMm; }
	public void setSizeMm(BigDecimal sizeMm) { this.sizeMm = sizeMm; }
	public Diagnosis getImpression() { return impression; }
	public void setImpression(Diagnosis impression) { this.impression = impression; }
	public Suspicion getSuspicion() { return suspicion; }
	public void setSuspicion(Suspicion suspicion) { this.suspicion = suspicion; }
	public boolean isSuspected() { return suspected; }
	public void setSuspected(boolean suspected) { this.suspected = suspected; }
}
