package org.cutis.shared;

import java.util.List;

/**
 * Input that breaks a rule of the domain, with one problem per field. Thrown before anything
 * is saved, so a refused request never leaves half a record behind.
 */
public class InvalidInput extends RuntimeException {
	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInput(String field, String messageKey, Object... args) {
		this(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The same problems for fields nested under {@code parent} ("findings.breslowMm"). */
	public InvalidInput nestedUnder(String parent) {
		return new InvalidInput(problems.stream()
			.map(p -> new FieldProblem(p.field().equals(parent) ? parent : parent + "." + p.field(), p.messageKey(), p.args()))
			.toList());
	}

	/** A field and the message key (with arguments) that says what is wrong with it. */
	public record FieldProblem(String field, String messageKey, Object... args) {
		@Override
		public String toString() {
			return field + ": " + messageKey;
		}
	}
}
