package org.cutis.tumorboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Department;
import org.cutis.identity.StaffDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.domain.Attendee;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.CaseDetails;
import org.cutis.tumorboard.domain.CaseList;
import org.cutis.tumorboard.domain.EligibilityReason;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings, their case lists (proposals accepted, cancers submitted, cases deferred), and attendance. */
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

	/** The earliest a case list can close: four weeks before its meeting. */
	public static final Duration LONGEST_CUT_OFF = Duration.ofDays(28);

	/**
	 * Hours before a meeting as a cut-off; a count beyond any cut-off (and beyond what a
	 * {@link Duration} holds) stays beyond, so {@link #schedule} refuses it instead of overflowing.
	 */
	public static Duration cutOffHours(Long hours) {
		if (hours == null) {
			return null;
		}
		return Duration.ofHours(Math.max(-1, Math.min(hours, LONGEST_CUT_OFF.toHours() + 1)));
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
		else if (cutOffBefore.compareTo(LONGEST_CUT_OFF) > 0) {
			problems.add(new FieldProblem("cutOffHoursBefore", "tumorboard.meeting.cutOffTooEarly",
					LONGEST_CUT_OFF.toHours()));
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

	/** A meeting's case list; every patient on it is audited as listed. */
	public List<BoardCase> casesOf(UUID meetingId) {
		List<BoardCase> list = listOf(meetingId);
		audit.listed("tumor-board-meeting", meetingId, list.stream().map(BoardCase::patientId).toList());
		return list;
	}

	/** The case list without auditing, for the packet (which audits each case it prints as an export). */
	List<BoardCase> listOf(UUID meetingId) {
		return cases.findByMeetingIdOrderByProposedAtAsc(meetingId);
	}

	/** The proposals merged into this case (kept on record), oldest first. */
	@Transactional(readOnly = true)
	public List<BoardCase> mergedInto(UUID caseId) {
		return cases.findByMergedIntoOrderByProposedAtAsc(caseId);
	}

	/** Proposals waiting for the coordinator, and deferred cases, oldest first; each patient audited as listed. */
	public List<BoardCase> proposals() {
		List<BoardCase> list = cases
			.findByStatusInOrderByProposedAtAsc(List.of(BoardCase.Status.PROPOSED, BoardCase.Status.DEFERRED));
		audit.listed("tumor-board-proposals", null, list.stream().map(BoardCase::patientId).toList());
		return list;
	}

	/**
	 * Puts a proposal on the meeting's list, or submits a cancer with the clinician's question. A
	 * tumour is on a list once: a proposal for a cancer already listed is merged into that case
	 * (and kept, closed as merged), a second submission updates the listed case.
	 */
	public BoardCase addCase(UUID meetingId, CaseRequest request) {
		Meeting meeting = meeting(meetingId);
		CaseList list = new CaseList(meeting, cases.findByMeetingIdOrderByProposedAtAsc(meetingId));
		String user = currentUser.username();
		BoardCase onList;
		String what;
		if (request.caseId() != null) {
			BoardCase proposal = load(request.caseId());
			onList = chairNamed(() -> list.accept(proposal, request.details(), user, clock.instant()), meeting);
			what = onList == proposal ? "on meeting " + meeting.title()
					: "proposal " + proposal.id() + " (" + proposal.reason().code() + ") merged, on meeting "
							+ meeting.title();
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
			BoardCase submission = BoardCase.ofCancer(cancer.id(),
					cancer.findings() == null ? null : cancer.findings().lesionId(), cancer.patientId(),
					EligibilityReason.SUBMITTED, cancer.diagnosisDate(), cancer.stage(), meetingId, user,
					clock.instant());
			onList = chairNamed(() -> list.submit(submission, request.details(), user, clock.instant()), meeting);
			what = onList == submission ? "submitted to meeting " + meeting.title()
					: "submitted again: the case on meeting " + meeting.title() + " updated";
		}
		onList = cases.save(onList);
		audit.record(AuditAction.UPDATE, onList.patientId(), "tumor-board-case", onList.id(),
				what + (onList.lateConsentBy() != null ? " after cut-off, chair consent" : ""));
		return onList;
	}

	/** The domain refuses after the cut-off with the chair's login id; the reader is told the chair's name. */
	private BoardCase chairNamed(Supplier<BoardCase> onList, Meeting meeting) {
		try {
			return onList.get();
		}
		catch (InvalidInput refused) {
			if (refused.problems().size() == 1
					&& refused.problems().get(0).messageKey().equals("tumorboard.case.afterCutOff")) {
				throw new InvalidInput("meetingId", "tumorboard.case.afterCutOff", staff.named(meeting.chair()));
			}
			throw refused;
		}
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

	@Transactional(readOnly = true)
	public BoardCase load(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFound("tumor-board-case", caseId));
	}

	/** A case for a meeting: an existing proposal (caseId) or a new submission (cancerId and question). */
	public record CaseRequest(UUID caseId, UUID cancerId, String question, Integer ecog, String priorTreatments,
			Boolean needsPlasticSurgery, Boolean needsRadiationOncology) {

		CaseDetails details() {
			return new CaseDetails(question, ecog, priorTreatments, Boolean.TRUE.equals(needsPlasticSurgery),
					Boolean.TRUE.equals(needsRadiationOncology));
		}
	}
}
