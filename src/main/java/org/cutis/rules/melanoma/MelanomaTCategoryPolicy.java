package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
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
		List<Explanation> why = new ArrayList<>();
		MelanomaT t;
		if (!primary.primaryFound()) {
			why.add(Explanation.of("rules.why.melanoma.noEvidenceOfAPrimary"));
			t = MelanomaT.T0;
		} else if (primary.inSitu()) {
			why.add(Explanation.of("rules.why.melanoma.melanomaInSituIsTis"));
			t = MelanomaT.TIS;
		} else if (primary.thickness() == null) {
			why.add(Explanation.of("rules.why.melanoma.breslowThicknessWasNotRecorded"));
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

	private MelanomaT byThickness(BreslowThickness thickness, boolean ulceration, List<Explanation> why) {
		BigDecimal mm = thickness.recordedMm();
		if (thickness.wasRounded()) {
			why.add(Explanation.of("rules.why.melanoma.isRecordedAsNearest02", thickness.measuredText(), thickness.recordedText()));
		}
		Explanation ulcer = Explanation.of(ulceration ? "rules.why.melanoma.withUlceration" : "rules.why.melanoma.withoutUlceration");
		if (mm.compareTo(T1A_LIMIT) < 0) {
			why.add(Explanation.of("rules.why.melanoma.under08MmIs", ulcer, ulceration ? "T1b" : "T1a"));
			return ulceration ? MelanomaT.T1B : MelanomaT.T1A;
		}
		if (mm.compareTo(T1_LIMIT) <= 0) {
			why.add(Explanation.of("rules.why.melanoma.0810Mm"));
			return MelanomaT.T1B;
		}
		if (mm.compareTo(T2_LIMIT) <= 0) {
			why.add(Explanation.of("rules.why.melanoma.moreThan10Mm", ulcer, ulceration ? "T2b" : "T2a"));
			return ulceration ? MelanomaT.T2B : MelanomaT.T2A;
		}
		if (mm.compareTo(T3_LIMIT) <= 0) {
			why.add(Explanation.of("rules.why.melanoma.moreThan20Mm", ulcer, ulceration ? "T3b" : "T3a"));
			return ulceration ? MelanomaT.T3B : MelanomaT.T3A;
		}
		why.add(Explanation.of("rules.why.melanoma.moreThan40Mm", ulcer, ulceration ? "T4b" : "T4a"));
		return ulceration ? MelanomaT.T4B : MelanomaT.T4A;
	}
}
