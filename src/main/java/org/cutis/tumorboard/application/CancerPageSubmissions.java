package org.cutis.tumorboard.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.staging.TumorBoardSubmissions;
import org.cutis.tumorboard.application.TumorBoardManagement.CaseRequest;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.Meeting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tumor board as the cancer page offers it: upcoming meetings, this cancer's cases, submitting it. */
@Service
@Transactional
class CancerPageSubmissions implements TumorBoardSubmissions {
	private final TumorBoardManagement board;
	private final BoardCases cases;
	private final Clock clock;

	CancerPageSubmissions(TumorBoardManagement board, BoardCases cases, Clock clock) {
		this.board = board;
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UpcomingMeeting> upcoming() {
		return board.meetings()
			.stream()
			.filter(m -> m.scheduledAt().isAfter(clock.instant()))
			.sorted(Comparator.comparing(Meeting::scheduledAt))
			.map(m -> new UpcomingMeeting(m.id(), m.title(), m.scheduledAt(), m.chair(), m.cutOffPassed(clock.instant())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BoardEntry> casesOf(UUID cancerId) {
		return cases.findByCancerId(cancerId).stream().sorted(Comparator.comparing(BoardCase::proposedAt)).map(c -> {
			Meeting meeting = c.meetingId() == null ? null : board.meeting(c.meetingId());
			return new BoardEntry(c.id(), meeting == null ? null : meeting.title(),
					meeting == null ? null : meeting.scheduledAt(), c.status().code(), c.reason().code(), c.question());
		}).toList();
	}

	@Override
	public UUID submit(UUID cancerId, UUID meetingId, String question) {
		List<FieldProblem> problems = new ArrayList<>();
		if (meetingId == null) {
			problems.add(new FieldProblem("meetingId", "error.field.required"));
		}
		if (question == null || question.isBlank()) {
			problems.add(new FieldProblem("question", "tumorboard.case.questionRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return board.addCase(meetingId, new CaseRequest(null, cancerId, question, null, null, false, false)).id();
	}
}
