package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * Clinical wide-excision margins by Breslow thickness, NCCN column (reference 4.1, Decision 6).
 * Uses the thickness as recorded to 0.1 mm, so margins agree with the T category
 * (e.g. 2.04 mm is recorded as 2.0 mm: T2, 1-2 cm).
 */
public final class ExcisionMarginPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_MELANOMA;
	public static final String SOURCE = RULE_SET.source("primary treatment, clinical margins for wide excision");

	private static final BigDecimal ONE = new BigDecimal("1.0");
	private static final BigDecimal TWO = new BigDecimal("2.0");
	private static final BigDecimal FOUR = new BigDecimal("4.0");

	public Finding<ExcisionMargin> inSitu() {
		return new Finding<>(ExcisionMargin.of("0.5", "1.0"), List.of(
				Explanation.of("rules.why.melanoma.melanomaInSitu05"),
				Explanation.of("rules.why.melanoma.lentigoMalignaTypeInSitu")),
				RULE_SET, SOURCE);
	}

	public Finding<ExcisionMargin> invasive(BreslowThickness thickness) {
		List<Explanation> why = new ArrayList<>();
		BigDecimal mm = thickness.recordedMm();
		if (thickness.wasRounded()) {
			why.add(Explanation.of("rules.why.melanoma.isRecordedAsNearest0", thickness.measuredText(), thickness.recordedText()));
		}
		ExcisionMargin margin;
		if (mm.compareTo(ONE) <= 0) {
			margin = ExcisionMargin.of("1", "1");
			why.add(Explanation.of("rules.why.melanoma.breslowUpTo10"));
		} else if (mm.compareTo(TWO) <= 0) {
			margin = ExcisionMargin.of("1", "2");
			why.add(Explanation.of("rules.why.melanoma.breslowMoreThan10"));
			if (mm.compareTo(TWO) == 0) {
				why.add(Explanation.of("rules.why.melanoma.atExactly20Mm"));
			}
		} else if (mm.compareTo(FOUR) <= 0) {
			margin = ExcisionMargin.of("2", "2");
			why.add(Explanation.of("rules.why.melanoma.breslowMoreThan20"));
		} else {
			margin = ExcisionMargin.of("2", "2");
			why.add(Explanation.of("rules.why.melanoma.breslowMoreThan40"));
		}
		why.add(Explanation.of("rules.why.melanoma.marginsAreMeasuredClinicallyAround"));
		return new Finding<>(margin, why, RULE_SET, SOURCE);
	}
}
