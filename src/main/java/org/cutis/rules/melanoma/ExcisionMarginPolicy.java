package org.cutis.rules.melanoma;

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
				"Melanoma in situ: 0.5-1.0 cm clinical margin (NCCN; AAD 2019 agrees)",
				"Lentigo maligna type in situ often needs more than 0.5 cm to clear"),
				RULE_SET, SOURCE);
	}

	public Finding<ExcisionMargin> invasive(BreslowThickness thickness) {
		List<String> why = new ArrayList<>();
		BigDecimal mm = thickness.recordedMm();
		if (thickness.wasRounded()) {
			why.add(thickness.measuredText() + " is recorded as " + thickness.recordedText() + " (nearest 0.1 mm, as for the T category)");
		}
		ExcisionMargin margin;
		if (mm.compareTo(ONE) <= 0) {
			margin = ExcisionMargin.of("1", "1");
			why.add("Breslow up to 1.0 mm: 1 cm clinical margin (NCCN; AAD agrees)");
		} else if (mm.compareTo(TWO) <= 0) {
			margin = ExcisionMargin.of("1", "2");
			why.add("Breslow more than 1.0 up to 2.0 mm: 1-2 cm clinical margin (NCCN)");
			if (mm.compareTo(TWO) == 0) {
				why.add("At exactly 2.0 mm Cutis follows NCCN (1-2 cm, Decision 6); AAD 2019 words its 2 cm row as '2.0 mm or more', which overlaps at this value");
			}
		} else if (mm.compareTo(FOUR) <= 0) {
			margin = ExcisionMargin.of("2", "2");
			why.add("Breslow more than 2.0 up to 4.0 mm: 2 cm clinical margin (NCCN; AAD agrees)");
		} else {
			margin = ExcisionMargin.of("2", "2");
			why.add("Breslow more than 4.0 mm: 2 cm clinical margin (NCCN; AAD agrees)");
		}
		why.add("Margins are measured clinically around the lesion or biopsy scar and may be modified for anatomy or function");
		return new Finding<>(margin, why, RULE_SET, SOURCE);
	}
}
