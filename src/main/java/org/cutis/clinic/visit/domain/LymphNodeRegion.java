package org.cutis.clinic.visit.domain;

import java.util.Arrays;

/** The node basins examined at a skin cancer follow-up, each on its side. */
public enum LymphNodeRegion {
	PAROTID_RIGHT("parotid-right"), PAROTID_LEFT("parotid-left"), CERVICAL_RIGHT("cervical-right"),
	CERVICAL_LEFT("cervical-left"), SUPRACLAVICULAR_RIGHT("supraclavicular-right"),
	SUPRACLAVICULAR_LEFT("supraclavicular-left"), AXILLARY_RIGHT("axillary-right"), AXILLARY_LEFT("axillary-left"),
	EPITROCHLEAR_RIGHT("epitrochlear-right"), EPITROCHLEAR_LEFT("epitrochlear-left"), INGUINAL_RIGHT("inguinal-right"),
	INGUINAL_LEFT("inguinal-left"), POPLITEAL_RIGHT("popliteal-right"), POPLITEAL_LEFT("popliteal-left");

	private final String code;

	LymphNodeRegion(String code) {
		this.code = code;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return code;
	}

	@com.fasterxml.jackson.annotation.JsonCreator
	public static LymphNodeRegion fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(r -> r.code.equals(code.trim())).findFirst().orElse(null);
	}
}
