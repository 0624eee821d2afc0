package org.cutis.rules.common;

import java.util.Locale;
import java.util.Objects;

/**
 * Input a rule cannot evaluate: out of range, wrong type, unknown code, or a combination the
 * guideline marks "not applicable". Carries the input field to blame so that a registrar can
 * correct the right cell, and the problem as a message code with arguments ({@code rules.invalid.…}:
 * the allowed range, the value sent, the allowed codes) so that each reader sees it in their own
 * language. {@link #getMessage()} is the English sentence, the contract's and the batch's default.
 */
public class InvalidInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;
	private final transient Explanation problem;

	public InvalidInputException(String field, Explanation problem) {
		super(problem.english());
		this.field = field;
		this.problem = problem;
	}

	/** A problem with message code {@code code} and its arguments. */
	public InvalidInputException(String field, String code, Object... args) {
		this(field, Explanation.of(code, args));
	}

	public String field() {
		return field;
	}

	/** What is wrong, as a message code with arguments. */
	public Explanation problem() {
		return problem;
	}

	/** What is wrong in the reader's language. */
	public String message(Locale locale) {
		return problem.render(Objects.requireNonNullElse(locale, Explanation.ENGLISH));
	}
}
