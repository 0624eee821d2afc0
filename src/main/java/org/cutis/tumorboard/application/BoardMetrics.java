package org.cutis.tumorboard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.EligibilityReason;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures. Treatment dates are not recorded in Cutis yet, so the share of eligible
 * cases is "discussed at all", not "discussed before first treatment"; the page says so.
 */
@Component
@Transactional(readOnly = true)
public class BoardMetrics {
	private final Meetings meetings;
	private final BoardCases cases;
	private final Clock clock;

	BoardMetrics(Meetings meetings, BoardCases cases, Clock clock) {
		this.meetings = meetings;
		this.cases = cases;
		this.clock = clock;
	}

	public Metrics compute() {
		List<MeetingCount> perMeeting = new ArrayList<>();
		List<Long> days = new ArrayList<>();
		for (Meeting m : meetings.findAllByOrderByScheduledAtDesc()) {
			List<BoardCase> discussed = cases.findByMeetingIdOrderByProposedAtAsc(m.id())
				.stream()
				.filter(c -> c.status() == BoardCase.Status.DISCUSSED)
				.toList();
			perMeeting.add(new MeetingCount(m, discussed.size()));
			LocalDate boardDay = LocalDate.ofInstant(m.scheduledAt(), clock.getZone());
			discussed.stream()
				.filter(c -> c.diagnosisDate() != null)
				.forEach(c -> days.add(ChronoUnit.DAYS.between(c.diagnosisDate(), boardDay)));
		}
		// a merged proposal is counted in the case it joined
		List<BoardCase> eligible = cases.findAll()
			.stream()
			.filter(c -> c.reason() != EligibilityReason.SUBMITTED && c.status() != BoardCase.Status.MERGED)
			.toList();
		long discussedEligible = eligible.stream().filter(c -> c.status() == BoardCase.Status.DISCUSSED).count();
		Integer share = eligible.isEmpty() ? null : (int) Math.round(100.0 * discussedEligible / eligible.size());
		days.sort(Long::compare);
		Long median = days.isEmpty() ? null : days.get(days.size() / 2);
		return new Metrics(perMeeting, eligible.size(), discussedEligible, share, median);
	}

	public record MeetingCount(Meeting meeting, int discussed) {
	}

	public record Metrics(List<MeetingCount> perMeeting, long eligibleCases, long eligibleDiscussed,
			Integer eligibleDiscussedPercent, Long medianDaysDiagnosisToBoard) {
	}
}
