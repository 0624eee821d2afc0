package org.cutis.lesion;

import java.util.Arrays;

/** The clinician's level of suspicion of malignancy; a judgement, not a computed score. */
public enum Suspicion {
	LOW("low"), MODERATE("moderate"), HIGH("high");

	private final String code;

	Suspicion(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Suspicion fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(null);
	}
}
