package org.cutis.identity;

/** The roles of the center. Each account has exactly one; access rules are written against these. */
public enum Role {
	ADMIN, DERMATOLOGIST, PATHOLOGIST, ONCOLOGIST, SURGEON, RADIATION_ONCOLOGIST, NURSE, CLERK, PATIENT;

	public String authority() {
		return "ROLE_" + name();
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Role fromCode(String code) {
		return valueOf(code.trim().toUpperCase().replace('-', '_'));
	}

	public boolean isStaff() {
		return this != PATIENT;
	}

	/** Doctors of any specialty: they see and change clinical records. */
	public boolean isClinician() {
		return switch (this) {
			case DERMATOLOGIST, PATHOLOGIST, ONCOLOGIST, SURGEON, RADIATION_ONCOLOGIST -> true;
			default -> false;
		};
	}
}
