package org.cutis.clinical;

import java.util.Arrays;

/** How the tissue is taken (reference section 8). */
public enum BiopsyTechnique {
	PUNCH("punch"), SHAVE("shave"), SAUCERIZATION("saucerization"), INCISIONAL("incisional"),
	EXCISIONAL("excisional");

	private final String code;

	BiopsyTechnique(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/**
	 * A superficial shave risks transecting the base of an invasive melanoma and under-staging
	 * Breslow thickness; partial (incisional) sampling may miss the thickest part. The reference
	 * accepts both only in stated situations, so for a suspected melanoma they are warned about.
	 */
	public boolean warnsForSuspectedMelanoma() {
		return this == SHAVE || this == INCISIONAL;
	}

	public static BiopsyTechnique fromCode(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst().orElse(null);
	}
}
