package org.cutis.tumorboard.application;

import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Department;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.PhotoReference;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.domain.ActionItem;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Recommendation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case summary Cutis prepares for the board, for the page and the packet. Only board members
 * and the patient's clinicians see it; every view is audited.
 */
@Service
@Transactional
public class CaseSummaries {
	private final TumorBoardManagement board;
	private final RecommendationManagement recommendations;
	private final PatientDirectory patients;
	private final CancerDirectory cancers;
	private final LesionDirectory lesions;
	private final CaseAccess access;
	private final AuditLog audit;

	CaseSummaries(TumorBoardManagement board, RecommendationManagement recommendations, PatientDirectory patients,
			CancerDirectory cancers, LesionDirectory lesions, CaseAccess access, AuditLog audit) {
		this.lesions = lesions;
		this.board = board;
		this.recommendations = recommendations;
		this.patients = patients;
		this.cancers = cancers;
		this.access = access;
		this.audit = audit;
	}

	public CaseSummary summary(UUID caseId) {
		BoardCase boardCase = board.load(caseId);
		access.check(boardCase);
		audit.record(AuditAction.VIEW, boardCase.patientId(), "tumor-board-case", caseId, "case summary");
		return build(boardCase);
	}

	/** Every case of a meeting the reader may see, for the printed packet; audited as an export. */
	public List<CaseSummary> packet(UUID meetingId) {
		List<CaseSummary> summaries = board.listOf(meetingId)
			.stream()
			.filter(c -> c.status() == BoardCase.Status.ACCEPTED || c.status() == BoardCase.Status.DISCUSSED)
			.filter(access::maySee)
			.map(this::build)
			.toList();
		summaries.forEach(s -> audit.record(AuditAction.EXPORT, s.boardCase().patientId(), "tumor-board-case",
				s.boardCase().id(), "meeting packet"));
		return summaries;
	}

	private CaseSummary build(BoardCase c) {
		Meeting meeting = c.meetingId() == null ? null : board.meeting(c.meetingId());
		CancerSummary cancer = c.cancerId() == null ? null : cancers.find(c.cancerId()).orElse(null);
		UUID lesionId = c.lesionId() != null ? c.lesionId()
				: cancer != null && cancer.findings() != null ? cancer.findings().lesionId() : null;
		LesionSummary lesion = lesionId == null ? null : lesions.find(lesionId).orElse(null);
		List<PhotoReference> photos = lesion == null ? List.of() : lesions.photos(lesionId);
		return new CaseSummary(c, meeting, patients.find(c.patientId()).orElse(null), cancer, lesion, photos,
				board.missingForQuorum(c), recommendations.recommendationOf(c.id()).orElse(null),
				recommendations.actionItemsOf(c.id()), board.mergedInto(c.id()));
	}

	/**
	 * @param cancer          null for a lesion without a cancer (a discordant benign result): the
	 *                        case's correlation says what pathology found and what was suspected
	 * @param lesion          the lesion the case concerns (its label), null if unknown
	 * @param photos          the lesion's photos, oldest first
	 * @param mergedProposals proposals for this tumour merged into this case
	 */
	public record CaseSummary(BoardCase boardCase, Meeting meeting, PatientSummary patient, CancerSummary cancer,
			LesionSummary lesion, List<PhotoReference> photos, List<Department> missingDepartments,
			Recommendation recommendation, List<ActionItem> actionItems, List<BoardCase> mergedProposals) {
		public boolean quorate() {
			return missingDepartments.isEmpty();
		}

		public UUID lesionId() {
			return lesion == null ? null : lesion.id();
		}
	}
}
