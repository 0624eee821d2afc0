package org.cutis.rules.mohs;

/** AUC rating (7-9 appropriate, 4-6 uncertain, 1-3 inappropriate) or not rated by the verified subset. */
public enum MohsRating {
	APPROPRIATE("appropriate"), UNCERTAIN("uncertain"), INAPPROPRIATE("inappropriate"), NOT_RATED("not-rated");

	private final String code;

	MohsRating(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
