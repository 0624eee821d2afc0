package org.cutis.identity;

/**
 * What the signer typed to confirm a signature: the password or the signing PIN (one of them).
 * The JSON bodies of the signing endpoints and the signing forms carry these two fields.
 */
public record SignatureSecret(String password, String pin) {

	public static SignatureSecret password(String password) {
		return new SignatureSecret(password, null);
	}

	public static SignatureSecret pin(String pin) {
		return new SignatureSecret(null, pin);
	}

	boolean hasPassword() {
		return password != null && !password.isEmpty();
	}

	boolean hasPin() {
		return pin != null && !pin.isBlank();
	}

	@Override
	public String toString() {
		// never in a log line
		return "SignatureSecret[" + (hasPassword() ? "password" : hasPin() ? "pin" : "none") + "]";
	}
}
