package org.cutis.rules.melanoma;

/** AJCC 8th melanoma M categories without the LDH suffix, ordered by extent. */
public enum MCategory {
	M0("M0", "no distant metastasis"),
	M1A("M1a", "distant skin, soft tissue including muscle, and/or non-regional lymph node"),
	M1B("M1b", "lung, with or without M1a sites"),
	M1C("M1c", "non-CNS visceral sites, with or without M1a or M1b sites"),
	M1D("M1d", "central nervous system, with or without any other site");

	private final String code;
	private final String meaning;

	MCategory(String code, String meaning) {
		this.code = code;
		this.meaning = meaning;
	}

	public String code() {
		return code;
	}

	public String meaning() {
		return meaning;
	}

	public boolean isDistant() {
		return this != M0;
	}
}
