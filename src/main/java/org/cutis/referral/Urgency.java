package org.cutis.referral;

/** How fast the center must see the patient; suspected melanoma has its own fast track. */
public enum Urgency {
	SUSPECTED_MELANOMA_FAST_TRACK(0), URGENT(1), ROUTINE(2);

	private final int rank;

	Urgency(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return rank;
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Urgency fromCode(String code) {
		for (Urgency urgency : values()) {
			if (urgency.code().equals(code) || urgency.name().equals(code)) {
				return urgency;
			}
		}
		return null;
	}
}
