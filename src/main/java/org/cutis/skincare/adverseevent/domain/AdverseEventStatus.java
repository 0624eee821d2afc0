package org.cutis.skincare.adverseevent.domain;

/** Active from onset, followed at every visit until resolved (with the date). */
public enum AdverseEventStatus {
	ACTIVE, RESOLVED;

	public String code() {
		return name().toLowerCase();
	}

	static AdverseEventStatus fromCode(String code) {
		return valueOf(code.toUpperCase());
	}
}
