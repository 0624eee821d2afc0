package org.cutis.rules.common;

/**
 * Input a rule cannot evaluate: out of range, wrong type, unknown code, or a combination the
 * guideline marks "not applicable". Carries the input field to blame so that a registrar can
 * correct the right cell.
 */
public class InvalidInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
