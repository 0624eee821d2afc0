package org.cutis.oncology.domain;

import java.util.Optional;

/** When in the cancer's course the therapy is given: after surgery, before it, or for metastatic disease. */
public enum Setting {
	ADJUVANT, NEOADJUVANT, METASTATIC;

	public String code() {
		return Coded.code(this);
	}

	public static Optional<Setting> fromCode(String code) {
		return Coded.parse(Setting.class, code);
	}

	public static String allowed() {
		return Coded.allowed(Setting.class);
	}
}
