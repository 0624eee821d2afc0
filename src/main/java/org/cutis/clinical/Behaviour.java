package org.cutis.clinical;

import java.util.Arrays;

/**
 * The biological behaviour of a diagnosis (ICD-O-3 behaviour axis, read for the clinic): what the
 * path log and staging act on. A diagnosis outside the coded list whose behaviour the pathologist
 * did not state is {@code UNCERTAIN} and is treated like a malignant result: a missing fact never
 * lowers the urgency.
 */
public enum Behaviour {
	BENIGN("benign"), UNCERTAIN("uncertain"), IN_SITU("in-situ"), MALIGNANT("malignant");

	private final String code;

	Behaviour(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Malignant, in situ or not known to be benign: must be reviewed within the malignant interval. */
	public boolean needsMalignantReview() {
		return this != BENIGN;
	}

	/** Opens (or adds to) a cancer diagnosis. */
	public boolean isCancer() {
		return this == MALIGNANT || this == IN_SITU;
	}

	public static Behaviour fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(b -> b.code.equals(code.trim())).findFirst().orElse(null);
	}
}
