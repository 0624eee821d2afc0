package org.cutis.skincare.adverseevent.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How certain the clinician is that a drug caused the adverse event (the WHO-UMC causality
 * categories, condensed). Declared from the strongest to the weakest: the advice follows the drug
 * with the strongest attribution.
 */
public enum Attribution {
	CERTAIN, PROBABLE, POSSIBLE, UNLIKELY, UNRELATED;

	public String code() {
		return name().toLowerCase();
	}

	/** Higher is stronger: certain 4 ... unrelated 0. */
	public int strength() {
		return values().length - 1 - ordinal();
	}

	public static Optional<Attribution> fromCode(String code) {
		return Arrays.stream(values()).filter(a -> a.code().equals(code == null ? null : code.trim().toLowerCase()))
			.findFirst();
	}

	public static String allowed() {
		return Arrays.stream(values()).map(Attribution::code).collect(Collectors.joining(", "));
	}
}
