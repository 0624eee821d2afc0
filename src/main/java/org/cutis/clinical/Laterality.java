package org.cutis.clinical;

import java.util.Arrays;

/** The patient's side (not the viewer's): the body map mirrors the front view accordingly. */
public enum Laterality {
	LEFT("left"), RIGHT("right"), MIDLINE("midline");

	private final String code;

	Laterality(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Laterality fromCode(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(null);
	}
}
