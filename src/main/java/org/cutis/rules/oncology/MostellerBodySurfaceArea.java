package org.cutis.rules.oncology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;

/**
 * Body surface area by Mosteller: BSA (m²) = √(height (cm) × weight (kg) / 3600), given to two
 * decimals (half up), as oncology charts and dosing tables print it. Cutis records the BSA the
 * oncology department worked with; it does not compute doses from it.
 * <p>
 * The limits are those of a person, not of the formula: a height from 40 to 250 cm and a weight
 * above 0 up to 350 kg. Anything else is a typing error (3 m, 0 kg, centimetres typed as metres).
 */
public final class MostellerBodySurfaceArea {
	public static final String SOURCE = "Mosteller RD. Simplified calculation of body-surface area. "
			+ "N Engl J Med 1987;317(17):1098";
	public static final BigDecimal MIN_HEIGHT_CM = new BigDecimal("40");
	public static final BigDecimal MAX_HEIGHT_CM = new BigDecimal("250");
	/** Exclusive: a weight must be more than this. */
	public static final BigDecimal MIN_WEIGHT_KG = BigDecimal.ZERO;
	public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("350");

	private static final BigDecimal DIVISOR = new BigDecimal("3600");

	private MostellerBodySurfaceArea() {
	}

	/** Whether a height can be a person's (40-250 cm). */
	public static boolean heightInRange(BigDecimal heightCm) {
		return heightCm != null && heightCm.compareTo(MIN_HEIGHT_CM) >= 0 && heightCm.compareTo(MAX_HEIGHT_CM) <= 0;
	}

	/** Whether a weight can be a person's (more than 0, at most 350 kg). */
	public static boolean weightInRange(BigDecimal weightKg) {
		return weightKg != null && weightKg.compareTo(MIN_WEIGHT_KG) > 0 && weightKg.compareTo(MAX_WEIGHT_KG) <= 0;
	}

	/** BSA in m², two decimals. */
	public static BigDecimal bsaM2(BigDecimal heightCm, BigDecimal weightKg) {
		if (!heightInRange(heightCm)) {
			throw new InvalidInputException("heightCm", "rules.invalid.between", Explanation.of("rules.invalid.what.height"),
					MIN_HEIGHT_CM, MAX_HEIGHT_CM, "cm");
		}
		if (!weightInRange(weightKg)) {
			throw new InvalidInputException("weightKg", "rules.invalid.openRange", Explanation.of("rules.invalid.what.weight"),
					MIN_WEIGHT_KG, MAX_WEIGHT_KG, "kg");
		}
		BigDecimal product = heightCm.multiply(weightKg).divide(DIVISOR, MathContext.DECIMAL64);
		return product.sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
	}
}
