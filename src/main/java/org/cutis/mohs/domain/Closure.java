package org.cutis.mohs.domain;

import java.util.List;

/**
 * How the final defect was closed. A flap or a graft names its type (coded, so it reads in either
 * language); a referral to plastic surgery asks that department to reconstruct it.
 */
public enum Closure {
	PRIMARY(List.of()),
	FLAP(List.of("advancement", "rotation", "transposition", "bilobed", "interpolation", "island-pedicle")),
	GRAFT(List.of("full-thickness", "split-thickness", "composite")),
	SECONDARY_INTENTION(List.of()),
	PLASTIC_SURGERY_REFERRAL(List.of());

	private final List<String> types;

	Closure(List<String> types) {
		this.types = types;
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	/** The coded types a flap or graft must name; empty when the closure has none. */
	public List<String> types() {
		return types;
	}

	public static Closure fromCode(String code) {
		if (code == null) {
			return null;
		}
		// the issue names it "referral to plastic surgery": the short word is accepted for it
		if (code.trim().equalsIgnoreCase("referral")) {
			return PLASTIC_SURGERY_REFERRAL;
		}
		for (Closure c : values()) {
			if (c.code().equalsIgnoreCase(code.trim())) {
				return c;
			}
		}
		return null;
	}

	public static String allowed() {
		return "primary, flap, graft, secondary-intention, plastic-surgery-referral";
	}
}
