package org.cutis.surveillance.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.followup.FollowUpPeriod;

/**
 * The lifelong annual skin checks are written {@code lifelongYears} ahead (VisitCalendar); when
 * they run out — the last one written is the next one due, or already past — the next
 * {@code lifelongYears} are written after it at the plan's interval, so the calendar never ends
 * while the plan is active. Only days after the last written check are added: never a duplicate.
 * Checks that would be due before today (the extension came late) are not written; the window
 * starts no earlier than today.
 */
public final class LifelongChecks {

	private LifelongChecks() {
	}

	/** The plan's lifelong period (the schedule's last, open-ended one), or null. */
	public static FollowUpPeriod lifelongPeriod(List<FollowUpPeriod> periods) {
		return periods.isEmpty() || periods.get(periods.size() - 1).toYear() != null ? null
				: periods.get(periods.size() - 1);
	}

	/** Whether the checks written so far ({@code last} the latest due day) have run out on {@code today}. */
	public static boolean runOut(LocalDate last, int months, LocalDate today) {
		return !last.isAfter(today.plusMonths(months));
	}

	/** The next checks after {@code last}, every {@code months}, {@code lifelongYears} worth of them. */
	public static List<PlannedVisit> after(LocalDate last, int months, LocalDate today, double fraction,
			int lifelongYears) {
		List<PlannedVisit> added = new ArrayList<>();
		int count = Math.max(1, lifelongYears * 12 / months);
		LocalDate cursor = last;
		long half = Math.max(VisitCalendar.MINIMUM_WINDOW_DAYS, Math.round(months * VisitCalendar.DAYS_PER_MONTH * fraction));
		while (added.size() < count) {
			cursor = cursor.plusMonths(months);
			if (cursor.plusDays(half).isBefore(today)) {
				continue;
			}
			LocalDate from = cursor.minusDays(half).isBefore(today) ? today : cursor.minusDays(half);
			added.add(new PlannedVisit(VisitCalendar.SKIN_CHECK, cursor, from, cursor.plusDays(half), months, null));
		}
		return added;
	}
}
