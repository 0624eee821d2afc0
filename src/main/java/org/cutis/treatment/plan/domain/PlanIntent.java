package org.cutis.treatment.plan.domain;

import java.util.Arrays;
import java.util.List;

/** Why a cancer is treated: to cure it, or to relieve it. The codes are the tumor board's. */
public enum PlanIntent {
	CURATIVE, PALLIATIVE;

	public String code() {
		return name().toLowerCase();
	}

	/** @return null for a code that is not an intent */
	public static PlanIntent fromCode(String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(values()).filter(i -> i.code().equals(code.trim().toLowerCase())).findFirst().orElse(null);
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(PlanIntent::code).toList();
	}
}
