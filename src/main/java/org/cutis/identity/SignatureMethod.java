package org.cutis.identity;

/**
 * How the signer confirmed an electronic signature: the password typed again, or the signing
 * PIN set on their profile. {@code DEMO} is the demonstration center signing in a staff member's
 * name: no person confirmed it, and the record says so.
 */
public enum SignatureMethod {
	PASSWORD, PIN, DEMO;

	public String code() {
		return name().toLowerCase();
	}

	/** The recorded code read back; null stays null (records signed before signatures were confirmed). */
	public static SignatureMethod fromCode(String code) {
		return code == null ? null : valueOf(code.trim().toUpperCase());
	}
}
