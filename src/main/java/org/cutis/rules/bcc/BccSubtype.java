package org.cutis.rules.bcc;

import org.cutis.rules.common.Coded;

/**
 * Histological BCC subtypes. NCCN v2.2021 counts an aggressive growth pattern in any part of
 * the tumour as high risk; nodular, superficial and other non-aggressive patterns (keratotic,
 * infundibulocystic, fibroepithelial) are low risk. Unknown subtypes are rejected, not guessed.
 */
public enum BccSubtype implements Coded {
	NODULAR("nodular", false), SUPERFICIAL("superficial", false), KERATOTIC("keratotic", false),
	INFUNDIBULOCYSTIC("infundibulocystic", false), FIBROEPITHELIAL("fibroepithelial", false),
	INFILTRATIVE("infiltrative", true), MIXED_INFILTRATIVE("mixed-infiltrative", true),
	MICRONODULAR("micronodular", true), MORPHEAFORM("morpheaform", true), SCLEROSING("sclerosing", true),
	BASOSQUAMOUS("basosquamous", true), CARCINOSARCOMATOUS("carcinosarcomatous", true);

	private final String code;
	private final boolean aggressive;

	BccSubtype(String code, boolean aggressive) {
		this.code = code;
		this.aggressive = aggressive;
	}

	@Override
	public String code() {
		return code;
	}

	public boolean isAggressive() {
		return aggressive;
	}
}
