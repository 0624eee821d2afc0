package org.cutis.rules.melanoma;

/** NCCN sentinel lymph-node biopsy tiers by T category. */
public enum SlnbRecommendation {
	NOT_INDICATED("not-indicated"), NOT_RECOMMENDED("not-recommended"), CONSIDER("consider"), OFFER("offer");

	private final String code;

	SlnbRecommendation(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
