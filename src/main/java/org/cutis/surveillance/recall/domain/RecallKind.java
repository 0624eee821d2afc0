package org.cutis.surveillance.recall.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a surveillance visit is on the recall list; the code is the API's {@code kind}. The rank
 * orders urgency: overdue before missed before due (a visit or an imaging study whose window opens
 * soon and nothing is booked).
 */
public enum RecallKind {
	OVERDUE("overdue", 3), MISSED("missed", 2), DUE_UNBOOKED("due-unbooked", 1), IMAGING_DUE("imaging-due", 1);

	private final String code;
	private final int rank;

	RecallKind(String code, int rank) {
		this.code = code;
		this.rank = rank;
	}

	public String code() {
		return code;
	}

	public int rank() {
		return rank;
	}

	/** Null for an unknown code (the caller names the field and the allowed codes). */
	public static RecallKind fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(k -> k.code.equals(code.trim())).findFirst().orElse(null);
	}

	public static String codes() {
		return Arrays.stream(values()).map(RecallKind::code).collect(Collectors.joining(", "));
	}
}
