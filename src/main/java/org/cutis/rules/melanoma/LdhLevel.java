package org.cutis.rules.melanoma;

import org.cutis.rules.common.Coded;

/** Serum LDH at the time of M staging; it adds the (0)/(1) suffix but never changes the M1 letter. */
public enum LdhLevel implements Coded {
	NORMAL("normal", "(0)"), ELEVATED("elevated", "(1)"), UNKNOWN("unknown", "");

	private final String code;
	private final String suffix;

	LdhLevel(String code, String suffix) {
		this.code = code;
		this.suffix = suffix;
	}

	@Override
	public String code() {
		return code;
	}

	public String suffix() {
		return suffix;
	}
}
