package org.cutis.skincare.oncologyadvice.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the oncologist did with the advice; disagreeing needs a reason. */
public enum Outcome {
	CONTINUED, HELD, REDUCED, DISCONTINUED, DISAGREED;

	public String code() {
		return name().toLowerCase();
	}

	public static Optional<Outcome> fromCode(String code) {
		return code == null ? Optional.empty()
				: Arrays.stream(values()).filter(o -> o.code().equals(code.trim())).findFirst();
	}

	public static String allowed() {
		return Arrays.stream(values()).map(Outcome::code).collect(Collectors.joining(", "));
	}
}
