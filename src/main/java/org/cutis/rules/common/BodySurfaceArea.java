package org.cutis.rules.common;

import java.math.BigDecimal;

/** Percentage of body surface area involved (0-100 %), as CTCAE grades many skin terms. */
public record BodySurfaceArea(BigDecimal percent) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");
	private static final BigDecimal TEN = BigDecimal.TEN;
	private static final BigDecimal THIRTY = new BigDecimal("30");

	public BodySurfaceArea {
		if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
			throw new InvalidInputException("bsaPercent", "rules.invalid.between", Explanation.of("rules.invalid.what.bsa"), 0, 100, "%");
		}
	}

	public static BodySurfaceArea ofPercent(String percent) {
		return new BodySurfaceArea(new BigDecimal(percent));
	}

	/** CTCAE "&lt; 10 % BSA". */
	public boolean isBelowTen() {
		return percent.compareTo(TEN) < 0;
	}

	/** CTCAE "10-30 % BSA" (both ends inclusive). */
	public boolean isTenToThirty() {
		return percent.compareTo(TEN) >= 0 && percent.compareTo(THIRTY) <= 0;
	}

	/** CTCAE "&gt; 30 % BSA". */
	public boolean isAboveThirty() {
		return percent.compareTo(THIRTY) > 0;
	}

	public int compareTo(String other) {
		return percent.compareTo(new BigDecimal(other));
	}

	@Override
	public String toString() {
		return percent.stripTrailingZeros().toPlainString() + " % BSA";
	}
}
