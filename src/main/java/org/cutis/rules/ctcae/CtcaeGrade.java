package org.cutis.rules.ctcae;

/** A CTCAE grade of a term with the grade's condensed wording. */
public record CtcaeGrade(CtcaeTerm term, int grade, String definition) {

	public CtcaeGrade {
		if (!term.defines(grade)) {
			throw new IllegalArgumentException(term.termName() + " has no grade " + grade);
		}
	}
}
