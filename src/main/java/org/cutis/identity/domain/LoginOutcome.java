package org.cutis.identity.domain;

/**
 * What one login attempt came to. Only {@link #ADMITTED} lets the user in; every other outcome
 * gets the same answer on the screen and the API, so nobody learns which one it was. The audit
 * log keeps the difference.
 */
public enum LoginOutcome {
	/** The right password for an enabled, unlocked account. */
	ADMITTED("admitted"),
	/** A wrong password, counted towards the lockout. */
	WRONG_PASSWORD("wrong password"),
	/** A wrong password that was the last one allowed: the account is now locked. */
	LOCKED_OUT("wrong password, account locked"),
	/** Refused without counting: the account is locked, whatever the password. */
	REFUSED_LOCKED("refused: account locked"),
	/** Refused without counting: the account is disabled, whatever the password. */
	REFUSED_DISABLED("refused: account disabled"),
	/** No account has this username. */
	UNKNOWN_ACCOUNT("unknown account");

	private final String auditDetail;

	LoginOutcome(String auditDetail) {
		this.auditDetail = auditDetail;
	}

	public boolean admitted() {
		return this == ADMITTED;
	}

	/** How the audit log names the outcome (for administrators; never shown to the person logging in). */
	public String auditDetail() {
		return auditDetail;
	}
}
