package org.cutis.lesion;

import java.util.Arrays;

public enum PhotoKind {
	CLINICAL("clinical"), DERMOSCOPIC("dermoscopic");

	private final String code;

	PhotoKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static PhotoKind fromCode(String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElse(null);
	}
}
