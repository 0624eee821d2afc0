package org.cutis.rules.followup;

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

	public String describe() {
		String every = minMonths == maxMonths ? "every " + minMonths + " months" : "every " + minMonths + "-" + maxMonths + " months";
		return every + (toYear == null ? " from year " + fromYear + " for life" : " from year " + fromYear + " to year " + toYear);
	}
}
