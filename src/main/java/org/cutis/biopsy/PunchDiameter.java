package org.cutis.biopsy;

import java.math.BigDecimal;

import org.cutis.shared.InvalidInput;

/**
 * The punch instrument's diameter. Instruments run from about 2 to 8 mm (8 mm being the upper
 * size, reference section 8), so 1–8 mm is accepted; the center's default is 3 mm, inside the
 * 2–4 mm range it uses for diagnosis.
 */
public record PunchDiameter(BigDecimal mm) {
	public static final BigDecimal MIN = BigDecimal.ONE;
	public static final BigDecimal MAX = new BigDecimal("8");
	public static final PunchDiameter DEFAULT = new PunchDiameter(new BigDecimal("3"));

	public PunchDiameter {
		if (mm == null || mm.compareTo(MIN) < 0 || mm.compareTo(MAX) > 0) {
			throw new InvalidInput("punchDiameterMm", "biopsy.punch.range", MIN, MAX);
		}
	}
}
