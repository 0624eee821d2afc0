package org.cutis.rules.followup;

import java.util.List;
import java.util.stream.Collectors;

/** A surveillance schedule: periods in order and the imaging advice. */
public record FollowUpSchedule(List<FollowUpPeriod> periods, String imaging) {

	public FollowUpSchedule {
		periods = List.copyOf(periods);
	}

	public static FollowUpSchedule of(String imaging, FollowUpPeriod... periods) {
		return new FollowUpSchedule(List.of(periods), imaging);
	}

	/** One line for the result's {@code value}, e.g. "every 6-12 months from year 0 to year 5; ...". */
	public String summary() {
		if (periods.isEmpty()) {
			return "no routine follow-up visits";
		}
		return periods.stream().map(FollowUpPeriod::describe).collect(Collectors.joining("; "));
	}
}
