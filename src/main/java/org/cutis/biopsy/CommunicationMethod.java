package org.cutis.biopsy;

import java.util.Arrays;

/** How the result reached the patient. */
public enum CommunicationMethod {
	IN_PERSON("in-person"), PHONE("phone"), PORTAL_LETTER("portal-letter");

	private final String code;

	CommunicationMethod(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static CommunicationMethod fromCode(String code) {
		return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst().orElse(null);
	}
}
