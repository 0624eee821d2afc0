package org.cutis.tumorboard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.ApiLanguage;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.application.CaseSummaries.CaseSummary;
import org.cutis.tumorboard.domain.ActionItem;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.CaseChange;
import org.cutis.tumorboard.domain.Correlation;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Recommendation;

/** The tumor board's JSON shapes. */
final class BoardViews {
	private BoardViews() {
	}

	static Department department(String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Department.fromCode(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "error.field.oneOf",
					String.join(", ", java.util.Arrays.stream(Department.values()).map(Department::code).toList()));
		}
	}

	record MeetingView(UUID id, UUID seriesId, String title, Instant scheduledAt, Instant cutOffAt, String place,
			String videoLink, String chair, List<CaseItem> cases) {
		static MeetingView of(Meeting m, List<BoardCase> cases) {
			return new MeetingView(m.id(), m.seriesId(), m.title(), m.scheduledAt(), m.cutOffAt(), m.place(),
					m.videoLink(), m.chair(), cases == null ? null : cases.stream().map(CaseItem::of).toList());
		}
	}

	/**
	 * A case as lists show it. {@code cancerId} is null for a lesion without a cancer (a discordant
	 * benign result: {@code lesionId} and {@code reportId} say which); {@code changes} is what changed
	 * since it was proposed (why a {@code restaged} or {@code facts-changed} case is back) and, for a
	 * discussed case, since the discussion; {@code mergedInto} is the listed case a proposal joined.
	 */
	record CaseItem(UUID id, UUID meetingId, UUID cancerId, UUID patientId, String reason, String stage, String status,
			String question, String deferReason, String lateConsentBy, boolean dataChangedSinceDiscussion,
			UUID lesionId, UUID reportId, List<String> changes, UUID mergedInto) {
		static CaseItem of(BoardCase c) {
			return new CaseItem(c.id(), c.meetingId(), c.cancerId(), c.patientId(), c.reason().code(),
					c.stageAtProposal(), c.status().code(), c.question(), c.deferReason(), c.lateConsentBy(),
					c.dataChangedAt() != null, c.lesionId(), c.reportId(),
					c.changes().stream().map(CaseChange::description).toList(), c.mergedInto());
		}
	}

	/** The clinician's correlation that brought the case: the report's diagnosis against the clinical impression. */
	record CorrelationView(UUID reportId, String diagnosis, String clinicalImpression, String note) {
		static CorrelationView of(BoardCase c) {
			Correlation k = c.correlation();
			if (k == null) {
				return null;
			}
			return new CorrelationView(c.reportId(), k.reportDiagnosis() == null ? null : k.reportDiagnosis().code(),
					k.clinicalImpression() == null ? null : k.clinicalImpression().code(), k.note());
		}
	}

	record PhotoView(UUID id, LocalDate takenOn, String kind) {
	}

	record LesionView(UUID id, String label, List<PhotoView> photos) {
		static LesionView of(CaseSummary s) {
			return s.lesion() == null ? null : new LesionView(s.lesion().id(), s.lesion().label(),
					s.photos().stream().map(p -> new PhotoView(p.id(), p.takenOn(), p.kind())).toList());
		}
	}

	record AttendeeView(String department, String username) {
	}

	record PlanItemView(String type, String detail) {
	}

	record RecommendationView(UUID id, String intent, List<PlanItemView> items, String dissent, String signedBy,
			Instant signedAt, String signatureMethod, List<String> addenda) {
		static RecommendationView of(Recommendation r) {
			return r == null ? null : new RecommendationView(r.id(), r.intent(),
					r.items().stream().map(i -> new PlanItemView(i.type(), i.detail())).toList(), r.dissent(),
					r.signedBy(), r.signedAt(), r.signatureMethod() == null ? null : r.signatureMethod().code(),
					r.addenda().stream().map(a -> a.writtenAt() + " " + a.writtenBy() + ": " + a.text()).toList());
		}
	}

	record ActionItemView(UUID id, UUID caseId, UUID patientId, String description, String department, String username,
			LocalDate dueDate, String status, String doneBy) {
		static ActionItemView of(ActionItem a) {
			return new ActionItemView(a.id(), a.caseId(), a.patientId(), a.description(),
					a.assigneeDepartment() == null ? null : a.assigneeDepartment().code(), a.assigneeUsername(),
					a.dueDate(), a.status().name().toLowerCase(), a.doneBy());
		}
	}

	/**
	 * The case summary. {@code cancer} is null for a lesion without a cancer; {@code correlation}
	 * (present whenever a discordant correlation brought the case) and {@code lesion} (label and
	 * photos) then say what the board is asked about.
	 */
	record CaseView(CaseItem boardCase, String patientName, String mrn, CancerSummary cancer, Integer ecog,
			String priorTreatments, List<AttendeeView> attendance, boolean quorate, List<String> missingDepartments,
			RecommendationView recommendation, List<ActionItemView> actionItems, CorrelationView correlation,
			LesionView lesion, String stageAtDiscussion, List<String> changesSinceDiscussion,
			List<CaseItem> mergedProposals) {
		static CaseView of(CaseSummary s) {
			BoardCase c = s.boardCase();
			return new CaseView(CaseItem.of(c), s.patient() == null ? null : s.patient().displayName(),
					s.patient() == null ? null : s.patient().mrn(),
					s.cancer() == null ? null : s.cancer().withExplanationIn(ApiLanguage.ofCurrentRequest()), c.ecog(),
					c.priorTreatments(),
					c.attendees().stream().map(a -> new AttendeeView(a.department().code(), a.username())).toList(),
					s.quorate(), s.missingDepartments().stream().map(Department::code).toList(),
					RecommendationView.of(s.recommendation()), s.actionItems().stream().map(ActionItemView::of).toList(),
					CorrelationView.of(c), LesionView.of(s), c.stageAtDiscussion(),
					c.changesSinceDiscussion().stream().map(CaseChange::description).toList(),
					s.mergedProposals().stream().map(CaseItem::of).toList());
		}
	}
}
