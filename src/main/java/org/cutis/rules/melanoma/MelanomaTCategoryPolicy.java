package org.cutis.rules.melanoma;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * AJCC 8th melanoma T category from Breslow thickness and ulceration (reference 1.2). Upper
 * bounds are inclusive: 1.0 mm is T1, 2.0 mm T2, 4.0 mm T3; thickness is rounded to 0.1 mm first.
 */
public final class MelanomaTCategoryPolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("melanoma of the skin, T category");

	private static final BigDecimal T1A_LIMIT = new BigDecimal("0.8");
	private static final BigDecimal T1_LIMIT = new BigDecimal("1.0");
	private static final BigDecimal T2_LIMIT = new BigDecimal("2.0");
	private static final BigDecimal T3_LIMIT = new BigDecimal("4.0");

	public Finding<MelanomaT> classify(MelanomaPrimaryFindings primary) {
		List<String> why = new ArrayList<>();
		MelanomaT t;
		if (!primary.primaryFound()) {
			why.add("No evidence of a primary tumour (unknown or fully regressed primary) is T0");
			t = MelanomaT.T0;
		} else if (primary.inSitu()) {
			why.add("Melanoma in situ is Tis");
			t = MelanomaT.TIS;
		} else if (primary.thickness() == null) {
			why.add("Breslow thickness was not recorded, so the primary cannot be assessed: TX (e.g. curettage specimen)");
			t = MelanomaT.TX;
		} else {
			t = byThickness(primary.thickness(), primary.ulceration(), why);
		}
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}

	/** The typed entry point for staging modules: pT from a measured thickness. */
	public MelanomaT classify(BreslowThickness thickness, boolean ulceration) {
		return byThickness(thickness, ulceration, new ArrayList<>());
	}

	private MelanomaT byThickness(BreslowThickness thickness, boolean ulceration, List<String> why) {
		BigDecimal mm = thickness.recordedMm();
		if (thickness.wasRounded()) {
			why.add(thickness.measuredText() + " is recorded as " + thickness.recordedText() + " (nearest 0.1 mm, AJCC 8th)");
		}
		String ulcer = ulceration ? "with ulceration" : "without ulceration";
		if (mm.compareTo(T1A_LIMIT) < 0) {
			why.add("Under 0.8 mm " + ulcer + " is " + (ulceration ? "T1b" : "T1a"));
			return ulceration ? MelanomaT.T1B : MelanomaT.T1A;
		}
		if (mm.compareTo(T1_LIMIT) <= 0) {
			why.add("0.8–1.0 mm is T1b regardless of ulceration");
			return MelanomaT.T1B;
		}
		if (mm.compareTo(T2_LIMIT) <= 0) {
			why.add("More than 1.0 mm up to 2.0 mm " + ulcer + " is " + (ulceration ? "T2b" : "T2a"));
			return ulceration ? MelanomaT.T2B : MelanomaT.T2A;
		}
		if (mm.compareTo(T3_LIMIT) <= 0) {
			why.add("More than 2.0 mm up to 4.0 mm " + ulcer + " is " + (ulceration ? "T3b" : "T3a"));
			return ulceration ? MelanomaT.T3B : MelanomaT.T3A;
		}
		why.add("More than 4.0 mm " + ulcer + " is " + (ulceration ? "T4b" : "T4a"));
		return ulceration ? MelanomaT.T4B : MelanomaT.T4A;
	}
}
