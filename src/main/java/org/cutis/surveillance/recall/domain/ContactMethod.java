package org.cutis.surveillance.recall.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the nurse tried to reach the patient; the code is the API's {@code method}. */
public enum ContactMethod {
	CALLED("called"), LETTER_SENT("letter-sent"), DECLINED("declined");

	private final String code;

	ContactMethod(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static ContactMethod fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(m -> m.code.equals(code.trim())).findFirst().orElse(null);
	}

	public static String codes() {
		return Arrays.stream(values()).map(ContactMethod::code).collect(Collectors.joining(", "));
	}
}
