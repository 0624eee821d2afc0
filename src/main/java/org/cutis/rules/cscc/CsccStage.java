package org.cutis.rules.cscc;

/** AJCC 8th stage groups for cutaneous carcinoma of the head and neck (a single stage IV). */
public enum CsccStage {
	STAGE_0("0"), I("I"), II("II"), III("III"), IV("IV");

	private final String code;

	CsccStage(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
