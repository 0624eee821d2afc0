package org.cutis.surveillance.plan.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * cutis.surveillance.*: the center's default guideline (NCCN, CCA or SIGN; a plan may choose
 * another), the merge window within which visits of a patient's several plans become one, the due
 * window of a visit as ± a fraction of its interval (at least a week), and how many years of a
 * lifelong period (annual skin checks) are written into the calendar at a time.
 */
@ConfigurationProperties("cutis.surveillance")
public record SurveillanceProperties(@DefaultValue("NCCN") String guideline, @DefaultValue("30d") Duration mergeWindow,
		@DefaultValue("0.15") double windowFraction, @DefaultValue("10") int lifelongYears) {

	public SurveillanceProperties {
		if (windowFraction <= 0 || windowFraction >= 0.5) {
			throw new IllegalArgumentException("cutis.surveillance.window-fraction must be above 0 and below 0.5");
		}
		if (lifelongYears < 1) {
			throw new IllegalArgumentException("cutis.surveillance.lifelong-years must be at least 1");
		}
	}

	public int mergeWindowDays() {
		return (int) mergeWindow.toDays();
	}
}
