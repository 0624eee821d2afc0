package org.cutis.oncology.domain;

import java.util.Optional;

/** The catalogue's groups of regimens. */
public enum RegimenCategory {
	IMMUNOTHERAPY, TARGETED, CHEMOTHERAPY;

	public String code() {
		return Coded.code(this);
	}

	public static Optional<RegimenCategory> fromCode(String code) {
		return Coded.parse(RegimenCategory.class, code);
	}

	public static String allowed() {
		return Coded.allowed(RegimenCategory.class);
	}
}
