package org.cutis.rules.common;

import java.math.BigDecimal;

/**
 * Greatest clinical diameter of a tumour in centimetres, kept as a decimal so that boundary
 * values such as exactly 2.0 cm compare exactly.
 */
public record TumorDiameter(BigDecimal cm) implements Comparable<TumorDiameter> {

	public static final BigDecimal MAX_CM = new BigDecimal("100");

	public TumorDiameter {
		if (cm == null || cm.signum() < 0 || cm.compareTo(MAX_CM) > 0) {
			throw new InvalidInputException("diameterCm", "rules.invalid.between", Explanation.of("rules.invalid.what.diameter"), 0, 100, "cm");
		}
	}

	public static TumorDiameter ofCm(String cm) {
		return new TumorDiameter(new BigDecimal(cm));
	}

	public boolean isAtLeast(String cm) {
		return this.cm.compareTo(new BigDecimal(cm)) >= 0;
	}

	public boolean isGreaterThan(String cm) {
		return this.cm.compareTo(new BigDecimal(cm)) > 0;
	}

	public boolean isExactly(String cm) {
		return this.cm.compareTo(new BigDecimal(cm)) == 0;
	}

	@Override
	public int compareTo(TumorDiameter other) {
		return cm.compareTo(other.cm);
	}

	@Override
	public String toString() {
		return cm.stripTrailingZeros().toPlainString() + " cm";
	}
}
