package org.cutis.rules.followup;

import org.cutis.rules.common.Explanation;
import java.util.List;

/** A surveillance schedule: periods in order and the imaging advice. */
public record FollowUpSchedule(List<FollowUpPeriod> periods, Explanation imaging) {

	public FollowUpSchedule {
		periods = List.copyOf(periods);
	}

	public static FollowUpSchedule of(String imaging, FollowUpPeriod... periods) {
		return new FollowUpSchedule(List.of(periods), Explanation.of(imaging));
	}

	/** One line for the result's {@code value}, e.g. "every 6-12 months from year 0 to year 5; ...". */
	public Explanation summary() {
		if (periods.isEmpty()) {
			return Explanation.of("rules.followup.none");
		}
		return Explanation.list(Explanation.SEMICOLONS, periods.stream().map(FollowUpPeriod::describe).toList());
	}
}
