package org.cutis.rules.melanoma;

/** NCCN sentinel lymph-node biopsy tiers by T category, from weakest to strongest advice. */
public enum SlnbRecommendation {
	NOT_INDICATED("not-indicated"), NOT_RECOMMENDED("not-recommended"), CONSIDER("consider"), OFFER("offer");

	private final String code;

	SlnbRecommendation(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Whether this advice is weaker than the other (not-indicated < not-recommended < consider < offer). */
	public boolean isWeakerThan(SlnbRecommendation other) {
		return compareTo(other) < 0;
	}
}
