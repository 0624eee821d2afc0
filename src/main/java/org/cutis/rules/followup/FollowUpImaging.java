package org.cutis.rules.followup;

import static org.cutis.rules.followup.FollowUpPeriod.years;

import java.util.List;
import java.util.Map;

import org.cutis.rules.common.Explanation;

/**
 * The imaging a schedule's advice asks for, as periods: only where the advice itself gives the
 * interval (NCCN IIB-IV "every 3-12 months for 2 years, then every 6-12 months for 3 years"; SIGN
 * "CT 6-monthly in years 1-3, annually in years 4-5"). Advice that only says imaging may be
 * considered (Australia) or is not routine gives no periods: nothing is scheduled that the
 * reference does not state.
 */
public final class FollowUpImaging {
	private static final List<FollowUpPeriod> SIGN_CT = List.of(years(0, 3, 6, 6), years(3, 5, 12, 12));
	private static final Map<String, List<FollowUpPeriod>> BY_ADVICE = Map.of(
			"rules.imaging.considerImagingEvery312", List.of(years(0, 2, 3, 12), years(2, 5, 6, 12)),
			"rules.imaging.contrastEnhancedCT6Monthly", SIGN_CT,
			"rules.imaging.contrastEnhancedCTTheReference", SIGN_CT);

	private FollowUpImaging() {
	}

	/** The imaging periods of the schedule's advice; empty when imaging is not routine or no interval is given. */
	public static List<FollowUpPeriod> periods(FollowUpSchedule schedule) {
		Explanation advice = schedule.imaging();
		return advice == null ? List.of() : BY_ADVICE.getOrDefault(advice.code(), List.of());
	}

	/** The advice suggests imaging (with or without an interval): "consider", "may be considered", CT. */
	public static boolean suggested(FollowUpSchedule schedule) {
		Explanation advice = schedule.imaging();
		return advice != null && (BY_ADVICE.containsKey(advice.code())
				|| advice.code().equals("rules.imaging.imagingMayBeConsideredAustralia"));
	}
}
