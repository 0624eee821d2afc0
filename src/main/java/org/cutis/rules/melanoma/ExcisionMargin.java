package org.cutis.rules.melanoma;

import java.math.BigDecimal;

/** A recommended clinical wide-excision margin range in centimetres, e.g. 1-2 cm. */
public record ExcisionMargin(BigDecimal minCm, BigDecimal maxCm) {

	public ExcisionMargin {
		if (minCm == null || maxCm == null || minCm.compareTo(maxCm) > 0) {
			throw new IllegalArgumentException("margin range must be ordered");
		}
	}

	public static ExcisionMargin of(String minCm, String maxCm) {
		return new ExcisionMargin(new BigDecimal(minCm), new BigDecimal(maxCm));
	}

	/** "1 cm", "1-2 cm", "0.5-1 cm" as the contract writes it. */
	public String label() {
		String min = minCm.stripTrailingZeros().toPlainString();
		String max = maxCm.stripTrailingZeros().toPlainString();
		return min.equals(max) ? min + " cm" : min + "-" + max + " cm";
	}
}
