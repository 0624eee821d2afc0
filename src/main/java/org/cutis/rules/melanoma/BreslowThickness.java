package org.cutis.rules.melanoma;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;

/**
 * Breslow thickness as measured, in millimetres. AJCC 8th records thickness to the nearest
 * 0.1 mm before classifying (half-up: 0.75 mm is recorded as 0.8 mm and is T1b), so the
 * measured value is kept for the explanation and {@link #recordedMm()} is what T uses.
 * Decimal arithmetic avoids binary floating point flipping a boundary (0.85 must not become 0.8).
 */
public record BreslowThickness(BigDecimal measuredMm) {

	public static final BigDecimal MAX_MM = new BigDecimal("100");

	public BreslowThickness {
		if (measuredMm == null || measuredMm.signum() < 0 || measuredMm.compareTo(MAX_MM) > 0) {
			throw new InvalidInputException("breslowMm", "rules.invalid.between", Explanation.of("rules.invalid.what.breslow"), 0, 100, "mm");
		}
	}

	public static BreslowThickness ofMm(String mm) {
		return new BreslowThickness(new BigDecimal(mm));
	}

	/** The thickness as AJCC 8th records it: nearest 0.1 mm, half-up. */
	public BigDecimal recordedMm() {
		return measuredMm.setScale(1, RoundingMode.HALF_UP);
	}

	/** True when rounding changed the reading, so the explanation must mention it. */
	public boolean wasRounded() {
		return measuredMm.compareTo(recordedMm()) != 0;
	}

	public String measuredText() {
		return measuredMm.stripTrailingZeros().toPlainString() + " mm";
	}

	public String recordedText() {
		return recordedMm().toPlainString() + " mm";
	}
}
