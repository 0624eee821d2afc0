package org.cutis.clinic;

import java.util.Arrays;

/** What an appointment is for; the code is the API's {@code kind}. */
public enum AppointmentKind {
	NEW_REFERRAL("new-referral"), FOLLOW_UP("follow-up"), PROCEDURE("procedure"), SKIN_CARE("skin-care");

	private final String code;

	AppointmentKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Null for an unknown code (the caller names the field and the allowed codes). */
	public static AppointmentKind fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(k -> k.code.equals(code.trim())).findFirst().orElse(null);
	}
}
