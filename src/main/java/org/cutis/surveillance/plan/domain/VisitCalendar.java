package org.cutis.surveillance.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.FollowUpPeriod;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.shared.InvalidInput;

/**
 * Turns a schedule and the clinician's intervals into dated visits. Year 0 is the date of
 * diagnosis; visits follow each other at the chosen interval of the period they fall in (so a
 * schedule's periods join without a gap or a double visit). Visits due before the calendar starts
 * (treatment took that long) are not generated. Each visit is due on its day ± a fraction of its
 * interval (at least a week), never before the start. A lifelong period (annual skin checks) is
 * written out for {@code lifelongYears} from its start; the calendar is extended when they run out.
 */
public final class VisitCalendar {
	public static final String VISIT = "visit";
	public static final String IMAGING = "imaging";
	public static final String SKIN_CHECK = "skin-check";
	static final double DAYS_PER_MONTH = 30.44;
	static final int MINIMUM_WINDOW_DAYS = 7;

	private VisitCalendar() {
	}

	/**
	 * The intervals chosen (months), one per period, each inside its period's range; null or a
	 * missing entry takes the shorter end (minMonths).
	 *
	 * @throws InvalidInput naming {@code field[i]} and the range
	 */
	public static List<Integer> intervals(List<FollowUpPeriod> periods, List<Integer> chosen, String field) {
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			FollowUpPeriod p = periods.get(i);
			Integer m = chosen != null && i < chosen.size() ? chosen.get(i) : null;
			if (m == null) {
				m = p.minMonths();
			}
			else if (m < p.minMonths() || m > p.maxMonths()) {
				throw new InvalidInput(field + "[" + i + "]", "surveillance.error.intervalRange", p.minMonths(),
						p.maxMonths(), m);
			}
			result.add(m);
		}
		if (chosen != null && chosen.size() > periods.size()) {
			throw new InvalidInput(field, "surveillance.error.intervalCount", periods.size(), chosen.size());
		}
		return result;
	}

	public static List<PlannedVisit> generate(FollowUpSchedule schedule, List<Integer> intervals,
			List<Integer> imagingIntervals, LocalDate anchor, LocalDate start, double windowFraction, int lifelongYears) {
		List<PlannedVisit> visits = new ArrayList<>(series(schedule.periods(), intervals, anchor, start, windowFraction,
				lifelongYears, null));
		List<FollowUpPeriod> imaging = FollowUpImaging.periods(schedule);
		if (!imaging.isEmpty()) {
			visits.addAll(series(imaging, imagingIntervals, anchor, start, windowFraction, lifelongYears,
					schedule.imaging().code()));
		}
		visits.sort(Comparator.comparing(PlannedVisit::dueOn).thenComparing(PlannedVisit::kind));
		return visits;
	}

	private static List<PlannedVisit> series(List<FollowUpPeriod> periods, List<Integer> intervals, LocalDate anchor,
			LocalDate start, double fraction, int lifelongYears, String imaging) {
		List<PlannedVisit> visits = new ArrayList<>();
		LocalDate cursor = anchor;
		for (int i = 0; i < periods.size(); i++) {
			FollowUpPeriod p = periods.get(i);
			int months = intervals.get(i);
			LocalDate end = anchor.plusYears(p.toYear() == null ? p.fromYear() + lifelongYears : p.toYear());
			String kind = imaging != null ? IMAGING : p.toYear() == null ? SKIN_CHECK : VISIT;
			while (!cursor.plusMonths(months).isAfter(end)) {
				cursor = cursor.plusMonths(months);
				if (cursor.isBefore(start)) {
					continue;
				}
				long half = Math.max(MINIMUM_WINDOW_DAYS, Math.round(months * DAYS_PER_MONTH * fraction));
				LocalDate from = cursor.minusDays(half).isBefore(start) ? start : cursor.minusDays(half);
				visits.add(new PlannedVisit(kind, cursor, from, cursor.plusDays(half), months, imaging));
			}
		}
		return visits;
	}
}
