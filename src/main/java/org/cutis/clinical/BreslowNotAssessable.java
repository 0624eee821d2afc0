package org.cutis.clinical;

import java.util.Arrays;

/**
 * Why a melanoma's Breslow thickness cannot be measured (AJCC 8th TX): the base is transected,
 * the specimen was curetted, or the tumour regressed.
 */
public enum BreslowNotAssessable {
	TRANSECTED("transected"), CURETTED("curetted"), REGRESSED("regressed");

	private final String code;

	BreslowNotAssessable(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static BreslowNotAssessable fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(t -> t.code.equals(code.trim())).findFirst().orElse(null);
	}
}
