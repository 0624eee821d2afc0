package org.cutis.mohs.domain;

/**
 * A block's margin on the frozen section: clear, or tumour at its peripheral or at its deep
 * margin. The map cycles through them in this order (clear, peripheral, deep).
 */
public enum Margin {
	CLEAR, PERIPHERAL, DEEP;

	public String code() {
		return name().toLowerCase();
	}

	public boolean positive() {
		return this != CLEAR;
	}

	/** The code read back; null when it is none of the three. */
	public static Margin fromCode(String code) {
		if (code == null) {
			return null;
		}
		for (Margin m : values()) {
			if (m.code().equalsIgnoreCase(code.trim())) {
				return m;
			}
		}
		return null;
	}

	public static String allowed() {
		return "clear, peripheral, deep";
	}
}
