package org.cutis.tumorboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Department;
import org.cutis.identity.StaffDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.domain.Attendee;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.EligibilityReason;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings, their case lists, proposals from the eligibility rules, and attendance. */
@Service
@Transactional
@EnableConfigurationProperties(TumorBoardProperties.class)
public class TumorBoardManagement {
	private final Meetings meetings;
	private final BoardCases cases;
	private final CancerDirectory cancers;
	private final TumorBoardProperties properties;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final StaffDirectory staff;
	private final Clock clock;

	TumorBoardManagement(Meetings meetings, BoardCases cases, CancerDirectory cancers, TumorBoardProperties properties,
			AuditLog audit, CurrentUser currentUser, StaffDirectory staff, Clock clock) {
		this.staff = staff;
		this.meetings = meetings;
		this.cases = cases;
		this.cancers = cancers;
		this.properties = properties;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * A meeting, or a weekly series of them: each with its cut-off the same time before it. Every
	 * problem of the request is reported at once; the chair must be a staff member (only the
	 * chair can sign the board's recommendations).
	 */
	public List<Meeting> schedule(String title, Instant firstAt, Duration cutOffBefore, String place, String videoLink,
			String chair, int weeks) {
		List<FieldProblem> problems = new ArrayList<>();
		if (cutOffBefore == null || cutOffBefore.isNegative()) {
			problems.add(new FieldProblem("cutOffHoursBefore", "error.field.required"));
		}
		if (weeks < 1 || weeks > 52) {
			problems.add(new FieldProblem("weeks", "tumorboard.meeting.weeks"));
		}
		boolean chairGiven = chair != null && !chair.isBlank();
		if (chairGiven && staff.find(chair.trim()).isEmpty()) {
			problems.add(new FieldProblem("chair", "tumorboard.meeting.unknownChair", chair.trim()));
		}
		Duration cutOff = problems.stream().anyMatch(p -> p.field().equals("cutOffHoursBefore")) ? Duration.ZERO
				: cutOffBefore;
		try {
			new Meeting(null, title, firstAt, firstAt == null ? null : firstAt.minus(cutOff), place, videoLink, chair,
					null, clock.instant());
		}
		catch (InvalidInput invalid) {
			problems.addAll(invalid.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID series = UUID.randomUUID();
		List<Meeting> scheduled = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			Instant at = firstAt.plus(Duration.ofDays(7L * week));
			Meeting meeting = meetings.save(new Meeting(series, title, at, at.minus(cutOffBefore), place, videoLink,
					chair, currentUser.username(), clock.instant()));
			audit.record(AuditAction.CREATE, null, "tumor-board-meeting", meeting.id(), title + " chaired by " + chair);
			scheduled.add(meeting);
		}
		return scheduled;
	}

	@Transactional(readOnly = true)
	public List<Meeting> meetings() {
		return meetings.findAllByOrderByScheduledAtDesc();
	}

	@Transactional(readOnly = true)
	public Meeting meeting(UUID id) {
		return meetings.findById(id).orElseThrow(() -> new NotFound("tumor-board-meeting", id));
	}

	@Transactional(readOnly = true)
	public List<BoardCase> casesOf(UUID meetingId) {
		return cases.findByMeetingIdOrderByProposedAtAsc(meetingId);
	}

	/** Proposals waiting for the coordinator, and deferred cases, oldest first. */
	@Transactional(readOnly = true)
	public List<BoardCase> proposals() {
		return cases.findByStatusInOrderByProposedAtAsc(List.of(BoardCase.Status.PROPOSED, BoardCase.Status.DEFERRED));
	}

	/** One proposed case per cancer and rule, on the next meeting whose cut-off is still ahead. */
	public List<BoardCase> proposeEligible(CancerStaged staged) {
		List<BoardCase> proposed = new ArrayList<>();
		List<BoardCase> existing = cases.findByCancerId(staged.cancerId());
		for (EligibilityReason reason : properties.eligibility().reasons(staged)) {
			if (existing.stream().anyMatch(c -> c.reason() == reason)) {
				continue;
			}
			UUID meeting = nextOpenMeeting().map(Meeting::id).orElse(null);
			BoardCase boardCase = cases.save(new BoardCase(staged.cancerId(), staged.patientId(), reason,
					staged.diagnosisDate(), staged.stage(), meeting, currentUser.username(), clock.instant()));
			audit.record(AuditAction.CREATE, staged.patientId(), "tumor-board-case", boardCase.id(),
					"proposed: " + reason.code() + ", stage " + staged.stage());
			proposed.add(boardCase);
		}
		return proposed;
	}

	/** Puts a proposal on the meeting's list, or submits a new case with the clinician's question. */
	public BoardCase addCase(UUID meetingId, CaseRequest request) {
		Meeting meeting = meeting(meetingId);
		BoardCase boardCase;
		if (request.caseId() != null) {
			boardCase = load(request.caseId());
		}
		else {
			if (request.cancerId() == null) {
				throw new InvalidInput("cancerId", "tumorboard.case.cancerRequired");
			}
			if (request.question() == null || request.question().isBlank()) {
				throw new InvalidInput("question", "tumorboard.case.questionRequired");
			}
			CancerSummary cancer = cancers.find(request.cancerId())
				.orElseThrow(() -> new InvalidInput("cancerId", "tumorboard.case.cancerUnknown"));
			boardCase = new BoardCase(cancer.id(), cancer.patientId(), EligibilityReason.SUBMITTED,
					cancer.diagnosisDate(), cancer.stage(), meetingId, currentUser.username(), clock.instant());
		}
		boardCase.describe(request.question(), request.ecog(), request.priorTreatments(),
				Boolean.TRUE.equals(request.needsPlasticSurgery()), Boolean.TRUE.equals(request.needsRadiationOncology()));
		boardCase.accept(meeting, currentUser.username(), clock.instant());
		boardCase = cases.save(boardCase);
		audit.record(AuditAction.UPDATE, boardCase.patientId(), "tumor-board-case", boardCase.id(),
				"on meeting " + meeting.title() + (boardCase.lateConsentBy() != null ? " after cut-off, chair consent" : ""));
		return boardCase;
	}

	public BoardCase defer(UUID caseId, String reason) {
		BoardCase boardCase = load(caseId);
		boardCase.defer(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, boardCase.patientId(), "tumor-board-case", caseId, "deferred: " + reason);
		return boardCase;
	}

	public BoardCase recordAttendance(UUID caseId, List<Attendee> present) {
		BoardCase boardCase = load(caseId);
		boardCase.recordAttendance(present);
		audit.record(AuditAction.UPDATE, boardCase.patientId(), "tumor-board-case", caseId,
				"attendance: " + present.stream().map(a -> a.department().code()).distinct().toList());
		return boardCase;
	}

	/** The departments still missing for this case; empty when quorate. */
	@Transactional(readOnly = true)
	public List<Department> missingForQuorum(BoardCase boardCase) {
		return properties.quorumRule().missing(boardCase);
	}

	public void flagDataChanged(UUID cancerId) {
		for (BoardCase boardCase : cases.findByCancerId(cancerId)) {
			if (boardCase.flagDataChanged(clock.instant())) {
				audit.record(AuditAction.UPDATE, boardCase.patientId(), "tumor-board-case", boardCase.id(),
						"data changed since discussion");
			}
		}
	}

	@Transactional(readOnly = true)
	public BoardCase load(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFound("tumor-board-case", caseId));
	}

	private Optional<Meeting> nextOpenMeeting() {
		return meetings.findByCutOffAtAfterOrderByScheduledAtAsc(clock.instant()).stream().findFirst();
	}

	/** A case for a meeting: an existing proposal (caseId) or a new submission (cancerId and question). */
	public record CaseRequest(UUID caseId, UUID cancerId, String question, Integer ecog, String priorTreatments,
			Boolean needsPlasticSurgery, Boolean needsRadiationOncology) {
	}
}
