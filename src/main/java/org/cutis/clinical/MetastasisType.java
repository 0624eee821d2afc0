package org.cutis.clinical;

import java.util.Arrays;

/**
 * Where a melanoma metastasis was found (AJCC 8th): satellite (within 2 cm of the primary) and
 * in-transit (beyond 2 cm, before the regional nodes) are non-nodal regional disease, counted in N
 * as ITM; nodal is a clinically detected regional node; distant sets M.
 */
public enum MetastasisType {
	IN_TRANSIT("in-transit"), SATELLITE("satellite"), NODAL("nodal"), DISTANT("distant");

	private final String code;

	MetastasisType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean isItm() {
		return this == IN_TRANSIT || this == SATELLITE;
	}

	public static MetastasisType fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(t -> t.code.equals(code.trim())).findFirst().orElse(null);
	}
}
