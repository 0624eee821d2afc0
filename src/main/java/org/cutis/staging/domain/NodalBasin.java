package org.cutis.staging.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A regional lymph node basin with its side. Sentinel node biopsies and dissections of different
 * basins add up (AJCC counts every involved regional node); one basin takes one result of a kind.
 */
public enum NodalBasin {
	LEFT_NECK, RIGHT_NECK, LEFT_AXILLA, RIGHT_AXILLA, LEFT_EPITROCHLEAR, RIGHT_EPITROCHLEAR, LEFT_GROIN, RIGHT_GROIN,
	LEFT_POPLITEAL, RIGHT_POPLITEAL;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static NodalBasin fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(b -> b.code().equals(code.trim())).findFirst().orElse(null);
	}

	public static String allowed() {
		return Arrays.stream(values()).map(NodalBasin::code).collect(Collectors.joining(", "));
	}
}
