package org.cutis.lesion;

import java.util.Arrays;

/** The body-map drawing a lesion was placed on; x and y are percentages of that drawing. */
public enum BodyView {
	FRONT("front"), BACK("back"), HEAD("head"), HANDS("hands"), FEET("feet");

	private final String code;

	BodyView(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static BodyView fromCode(String code) {
		return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst().orElse(null);
	}
}
