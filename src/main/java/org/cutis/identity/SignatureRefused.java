package org.cutis.identity;

/**
 * The password or PIN given to confirm a signature is wrong, or the account may not sign now
 * (locked after five wrong ones, disabled). The API answers 401 naming {@link #field()}; a page
 * shows the message next to that field. Nothing was signed.
 */
public class SignatureRefused extends RuntimeException {
	private final String field;
	private final String messageKey;

	public SignatureRefused(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** {@code password} or {@code pin}. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
