package org.cutis.recurrence;

import java.util.Arrays;

/** Where the cancer came back: at the scar or the primary site, regionally (in-transit, nodes) or distant. */
public enum RecurrenceExtent {
	LOCAL("local"), REGIONAL("regional"), DISTANT("distant");

	private final String code;

	RecurrenceExtent(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static RecurrenceExtent fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(e -> e.code.equals(code.trim())).findFirst().orElse(null);
	}
}
