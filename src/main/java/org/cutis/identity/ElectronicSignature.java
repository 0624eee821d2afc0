package org.cutis.identity;

import org.cutis.identity.application.SignatureAttempts;
import org.cutis.shared.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * The electronic signature of a clinical document (a pathology report, a tumor board
 * recommendation; later operative reports and visit notes): before a document is signed in a
 * user's name, the user confirms it is them, with their password again or their signing PIN.
 * A wrong one counts towards the account's lockout like a wrong login, so a session left open
 * on a ward computer does not let anyone sign.
 * <p>
 * Call {@link #confirm} in the request that signs, before signing, and record the method it
 * returns and the time beside the signer.
 */
@Component
public class ElectronicSignature {
	private final SignatureAttempts attempts;

	ElectronicSignature(SignatureAttempts attempts) {
		this.attempts = attempts;
	}

	/**
	 * How {@code username} confirmed the signature. Neither password nor PIN given: 400 naming
	 * {@code password}; a PIN when none is set: 400 naming {@code pin}; a wrong one, or an account
	 * locked or disabled: {@link SignatureRefused} (401). When both are given the password counts.
	 */
	public SignatureMethod confirm(String username, SignatureSecret secret) {
		if (secret == null || !secret.hasPassword() && !secret.hasPin()) {
			throw new InvalidInput("password", "identity.signature.required");
		}
		if (secret.hasPassword()) {
			attempts.confirmPassword(username, secret.password());
			return SignatureMethod.PASSWORD;
		}
		attempts.confirmPin(username, secret.pin().trim());
		return SignatureMethod.PIN;
	}
}
