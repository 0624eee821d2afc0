package org.cutis.rules.followup;

import org.cutis.rules.common.Coded;

/** Diagnoses with a surveillance schedule. */
public enum Diagnosis implements Coded {
	MELANOMA("melanoma"), BCC("bcc"), CSCC("cscc");

	private final String code;

	Diagnosis(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
