package org.cutis.identity;

/**
 * The roles of the center. Each account has exactly one; what each role may do is the access
 * matrix, {@link Permission}. {@code MONITORING} is not a person: it is the account a monitoring
 * system (Prometheus) uses to read the metrics, and nothing else. {@code EDITOR} (issue 14, public
 * site) keeps the center's public website and sees no patient data.
 */
public enum Role {
	ADMIN, DERMATOLOGIST, PATHOLOGIST, ONCOLOGIST, SURGEON, RADIATION_ONCOLOGIST, NURSE, CLERK, PATIENT, MONITORING, EDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Role fromCode(String code) {
		return valueOf(code.trim().toUpperCase().replace('-', '_'));
	}

	/**
	 * A person who works with the patients' records (not a patient, not the monitoring system, not
	 * the public site's editor).
	 */
	public boolean isStaff() {
		return this != PATIENT && this != MONITORING && this != EDITOR;
	}

	/** Doctors of any specialty: they see and change clinical records. */
	public boolean isClinician() {
		return switch (this) {
			case DERMATOLOGIST, PATHOLOGIST, ONCOLOGIST, SURGEON, RADIATION_ONCOLOGIST -> true;
			default -> false;
		};
	}
}
