package org.cutis.rules.common;

import java.util.Locale;

/** Helpers for reading TNM codes as registrars type them ("pT1b", "t1b", "cN0"). */
public final class TnmCodes {

	private TnmCodes() {
	}

	/**
	 * Strips an optional c/p/yp prefix and normalises case so that "pT1b" and "T1B" both read as
	 * "T1b"-style lookups; the caller compares case-insensitively.
	 */
	public static String normalise(String code) {
		String trimmed = code.trim();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("yp")) {
			return trimmed.substring(2);
		}
		if ((lower.startsWith("c") || lower.startsWith("p")) && trimmed.length() > 1) {
			return trimmed.substring(1);
		}
		return trimmed;
	}
}
