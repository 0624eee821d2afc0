package org.cutis.rules.followup;

import org.cutis.rules.common.Explanation;

/**
 * One stretch of a surveillance schedule: from {@code fromYear} to {@code toYear} after
 * diagnosis (null = for life), a visit every {@code minMonths} to {@code maxMonths} months.
 */
public record FollowUpPeriod(int fromYear, Integer toYear, int minMonths, int maxMonths) {

	public FollowUpPeriod {
		if (fromYear < 0 || (toYear != null && toYear <= fromYear) || minMonths <= 0 || maxMonths < minMonths) {
			throw new IllegalArgumentException("inconsistent follow-up period");
		}
	}

	public static FollowUpPeriod years(int from, int to, int minMonths, int maxMonths) {
		return new FollowUpPeriod(from, to, minMonths, maxMonths);
	}

	public static FollowUpPeriod lifelong(int from, int minMonths, int maxMonths) {
		return new FollowUpPeriod(from, null, minMonths, maxMonths);
	}

	/** E.g. "every 6-12 months from year 0 to year 5", in the reader's language when rendered. */
	public Explanation describe() {
		if (minMonths == maxMonths) {
			return toYear == null ? Explanation.of("rules.followup.period.everyForLife", minMonths, fromYear)
					: Explanation.of("rules.followup.period.every", minMonths, fromYear, toYear);
		}
		return toYear == null ? Explanation.of("rules.followup.period.rangeForLife", minMonths, maxMonths, fromYear)
				: Explanation.of("rules.followup.period.range", minMonths, maxMonths, fromYear, toYear);
	}
}
