package org.cutis.rules.mohs;

import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TumorDiameter;

/**
 * The AUC's size bands "&le; 0.5, 0.6-1.0, 1.1-2.0, &gt; 2 cm". The AUC writes them in 0.1 cm
 * steps; Cutis reads them as contiguous (&le; 0.5, &gt; 0.5-1.0, &gt; 1.0-2.0, &gt; 2.0 cm), so a
 * diameter between two bands (e.g. 0.55 cm) falls in the larger band.
 */
enum AucSizeBand {
	UP_TO_0_5("0.5 cm or less"), FROM_0_6_TO_1_0("0.6-1.0 cm"), FROM_1_1_TO_2_0("1.1-2.0 cm"), OVER_2_0("more than 2 cm");

	private final String label;

	AucSizeBand(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	static AucSizeBand of(TumorDiameter diameter) {
		if (diameter == null) {
			throw new InvalidInputException("diameterCm", "rules.invalid.mohs.diameterRequired", 0, 100);
		}
		if (!diameter.isGreaterThan("0.5")) {
			return UP_TO_0_5;
		}
		if (!diameter.isGreaterThan("1.0")) {
			return FROM_0_6_TO_1_0;
		}
		return diameter.isGreaterThan("2.0") ? OVER_2_0 : FROM_1_1_TO_2_0;
	}
}
