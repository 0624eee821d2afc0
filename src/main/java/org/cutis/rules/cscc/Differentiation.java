package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Histological differentiation; only poor differentiation is a BWH risk factor. */
public enum Differentiation implements Coded {
	WELL("well"), MODERATE("moderate"), POOR("poor");

	private final String code;

	Differentiation(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
