package org.cutis.oncology.domain;

import java.util.Optional;

/** Why a systemic course ended. */
public enum EndReason {
	COMPLETED, PROGRESSION, TOXICITY, PATIENT_CHOICE;

	public String code() {
		return Coded.code(this);
	}

	public static Optional<EndReason> fromCode(String code) {
		return Coded.parse(EndReason.class, code);
	}

	public static String allowed() {
		return Coded.allowed(EndReason.class);
	}
}
