package org.cutis.tumorboard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutis.tumorboard.FirstTreatments;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.EligibilityReason;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures. The share of eligible cases "discussed before first treatment" compares
 * each case's meeting day with the cancer's first treatment date ({@link FirstTreatments}, from
 * the treatment module); without that module it counts eligible cases discussed at all, and the
 * page says so.
 */
@Component
@Transactional(readOnly = true)
public class BoardMetrics {
	private final Meetings meetings;
	private final BoardCases cases;
	private final Clock clock;
	private final ObjectProvider<FirstTreatments> firstTreatments;

	BoardMetrics(Meetings meetings, BoardCases cases, Clock clock, ObjectProvider<FirstTreatments> firstTreatments) {
		this.meetings = meetings;
		this.cases = cases;
		this.clock = clock;
		this.firstTreatments = firstTreatments;
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
		FirstTreatments treatments = firstTreatments.getIfAvailable();
		if (treatments == null) {
			return new Metrics(perMeeting, eligible.size(), discussedEligible, share, median, false, null, null);
		}
		long beforeTreatment = eligible.stream()
			.filter(c -> c.status() == BoardCase.Status.DISCUSSED)
			.filter(c -> discussedBeforeTreatment(c, treatments))
			.count();
		Integer beforeShare = eligible.isEmpty() ? null : (int) Math.round(100.0 * beforeTreatment / eligible.size());
		return new Metrics(perMeeting, eligible.size(), discussedEligible, share, median, true, beforeTreatment,
				beforeShare);
	}

	/** Discussed on or before the day the cancer's first treatment began (or not treated yet). */
	private boolean discussedBeforeTreatment(BoardCase c, FirstTreatments treatments) {
		if (c.cancerId() == null) {
			return true;
		}
		Optional<LocalDate> first = treatments.firstTreatmentOf(c.cancerId());
		if (first.isEmpty()) {
			return true;
		}
		LocalDate boardDay = Optional.ofNullable(c.meetingId())
			.flatMap(meetings::findById)
			.map(m -> LocalDate.ofInstant(m.scheduledAt(), clock.getZone()))
			.orElse(c.discussedAt() == null ? null : LocalDate.ofInstant(c.discussedAt(), clock.getZone()));
		return boardDay != null && !boardDay.isAfter(first.get());
	}

	public record MeetingCount(Meeting meeting, int discussed) {
	}

	/**
	 * @param treatmentDatesRecorded            whether first treatment dates are known (the treatment module is present)
	 * @param eligibleDiscussedBeforeTreatment  eligible cases discussed on or before the first treatment's day
	 *                                          (or not treated yet); null without treatment dates
	 */
	public record Metrics(List<MeetingCount> perMeeting, long eligibleCases, long eligibleDiscussed,
			Integer eligibleDiscussedPercent, Long medianDaysDiagnosisToBoard, boolean treatmentDatesRecorded,
			Long eligibleDiscussedBeforeTreatment, Integer eligibleDiscussedBeforeTreatmentPercent) {
	}
}
