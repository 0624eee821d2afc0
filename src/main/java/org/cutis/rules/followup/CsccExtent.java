package org.cutis.rules.followup;

import org.cutis.rules.common.Coded;

/** Extent of cutaneous SCC for surveillance: local, or regional/high-risk disease. */
public enum CsccExtent implements Coded {
	LOCAL("local"), REGIONAL("regional");

	private final String code;

	CsccExtent(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
