package org.cutis.mohs.domain;

import java.util.List;

import org.cutis.rules.common.Explanation;

/**
 * The Mohs appropriate use rating of a case as the rules gave it: the value (appropriate,
 * uncertain, inappropriate, not-rated), the AUC area (H, M, L) and why, as explanation codes.
 */
public record AucRating(String value, String area, List<Explanation> why, String ruleSet) {

	public AucRating {
		why = List.copyOf(why);
	}

	/** Inappropriate or not rated: the case is scheduled only with a documented reason. */
	public boolean needsReason() {
		return "inappropriate".equals(value) || "not-rated".equals(value);
	}
}
