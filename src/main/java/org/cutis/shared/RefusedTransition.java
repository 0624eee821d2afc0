package org.cutis.shared;

/**
 * A clinical action the record's state does not allow (deciding a referral twice, voiding a
 * voided record). The message key says why, in the user's language.
 */
public class RefusedTransition extends RuntimeException {
	private final String messageKey;
	private final Object[] args;

	public RefusedTransition(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
