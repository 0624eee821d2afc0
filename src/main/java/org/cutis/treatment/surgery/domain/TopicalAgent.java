package org.cutis.treatment.surgery.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The field therapies of actinic keratoses and other precancerous fields the clinic uses, each with
 * the longest course it is given for (weeks), so a course beyond it is caught as a typing error.
 */
public enum TopicalAgent {
	FLUOROURACIL(6), IMIQUIMOD(16), DICLOFENAC(13), TIRBANIBULIN(1), INGENOL_MEBUTATE(1);

	private final int maxWeeks;

	TopicalAgent(int maxWeeks) {
		this.maxWeeks = maxWeeks;
	}

	public int maxWeeks() {
		return maxWeeks;
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static TopicalAgent fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
	}

	public static String allowed() {
		return Arrays.stream(values()).map(TopicalAgent::code).collect(Collectors.joining(", "));
	}
}
