package org.cutis.rules.oncology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A radiotherapy prescription's arithmetic: the dose per fraction is the total dose divided by the
 * number of fractions. Prescriptions print the dose per fraction to two decimals (50 Gy in 3
 * fractions is 16.67 Gy), so a recorded value may differ from the exact quotient by up to half a
 * hundredth; the tolerance is one hundredth of a gray (0.01 Gy), which accepts every correctly
 * rounded value and refuses every typing error that matters (2.0 for 2.5, 25 for 2.5).
 */
public final class FractionationCheck {
	public static final BigDecimal TOLERANCE_GY = new BigDecimal("0.01");

	private FractionationCheck() {
	}

	/** Total dose divided by fractions, to two decimals (half up). */
	public static BigDecimal expectedDosePerFraction(BigDecimal totalDoseGy, int fractions) {
		if (fractions < 1) {
			throw new IllegalArgumentException("fractions must be at least 1");
		}
		return totalDoseGy.divide(BigDecimal.valueOf(fractions), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
	}

	/** Whether the recorded dose per fraction matches total / fractions within {@link #TOLERANCE_GY}. */
	public static boolean consistent(BigDecimal totalDoseGy, int fractions, BigDecimal dosePerFractionGy) {
		BigDecimal exact = totalDoseGy.divide(BigDecimal.valueOf(fractions), MathContext.DECIMAL64);
		return exact.subtract(dosePerFractionGy).abs().compareTo(TOLERANCE_GY) <= 0;
	}
}
