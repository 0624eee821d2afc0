package org.cutis.rules.ctcae;

/** Reads a term's CTCAE v5.0 criteria from the findings. Stateless. */
@FunctionalInterface
interface TermGrader {

	void grade(CtcaeFindings findings, GradeEvidence evidence);
}
