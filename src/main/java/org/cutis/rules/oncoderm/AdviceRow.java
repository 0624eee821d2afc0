package org.cutis.rules.oncoderm;

import java.util.Objects;

import org.cutis.rules.ctcae.CtcaeTerm;

/**
 * One row of the advice table: a drug class and CTCAE term over a range of grades, the action,
 * the skin treatment, the source, and whether the row could be checked against a source Cutis can
 * name ({@code verified}); {@code note} names a remark ({@code rules.why.oncoderm.note.<note>}), or is null.
 */
public record AdviceRow(DrugClass drugClass, CtcaeTerm term, int fromGrade, int toGrade, AdviceAction action,
		SkinTreatment treatment, OncodermSource source, boolean verified, String note) {

	public AdviceRow {
		Objects.requireNonNull(drugClass, "drugClass");
		Objects.requireNonNull(term, "term");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(treatment, "treatment");
		Objects.requireNonNull(source, "source");
		for (int grade = fromGrade; grade <= toGrade; grade++) {
			if (!term.defines(grade)) {
				throw new IllegalArgumentException(term.termName() + " defines no grade " + grade);
			}
		}
	}

	public boolean covers(DrugClass drugClass, CtcaeTerm term, int grade) {
		return this.drugClass == drugClass && this.term == term && grade >= fromGrade && grade <= toGrade;
	}
}
