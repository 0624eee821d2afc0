package org.cutis.rules.ctcae;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * CTCAE v5.0 grade of a dermatology term (reference 7, Decision 10). Criteria separated by
 * semicolons are alternatives, so the grade is the highest reached. A reported adverse event
 * is at least the term's lowest defined grade; findings implying a grade the term does not
 * define give the highest defined grade with a remark, never an invented grade.
 */
public final class CtcaeGradingPolicy {

	public static final RuleSet RULE_SET = RuleSet.CTCAE_5_0;

	public Finding<CtcaeGrade> grade(CtcaeTerm term, CtcaeFindings findings) {
		GradeEvidence evidence = new GradeEvidence();
		term.grader().grade(findings, evidence);
		if (findings.lifeThreatening()) {
			evidence.reach(4, "Life-threatening consequences; urgent intervention indicated");
		}
		if (findings.fatal()) {
			evidence.reach(5, "Death related to the adverse event");
		}
		List<String> why = new ArrayList<>();
		why.add(term.termName() + " (" + term.systemOrganClass() + "), CTCAE v5.0");
		why.addAll(evidence.reasons());
		int reached = evidence.highest();
		int grade;
		if (reached == 0) {
			grade = term.lowestGrade();
			why.add("No recorded finding meets a criterion of a defined grade; a reported " + term.termName()
					+ " is at least grade " + grade + ", the lowest grade it defines");
		} else if (reached > term.highestGrade()) {
			grade = term.highestGrade();
			why.add("The findings imply grade " + reached + ", which " + term.termName()
					+ " does not define in CTCAE v5.0; the highest defined grade reached is " + grade
					+ (reached >= 4 ? " – consider also grading a term that defines it (e.g. Erythema multiforme, Stevens-Johnson syndrome, Toxic epidermal necrolysis)" : ""));
		} else if (reached < term.lowestGrade()) {
			grade = term.lowestGrade();
			why.add(term.termName() + " defines no grade below " + grade);
		} else {
			grade = reached;
			why.add("Highest grade reached: " + grade);
		}
		Set<String> ignored = new TreeSet<>(findings.recordedFields());
		ignored.removeAll(term.criteria());
		if (!ignored.isEmpty()) {
			why.add("Not criteria of " + term.termName() + " in CTCAE v5.0, so not used: " + String.join(", ", ignored));
		}
		return new Finding<>(new CtcaeGrade(term, grade, term.definition(grade)), why, RULE_SET,
				RULE_SET.source(term.termName() + (term.meddraCode() == null ? "" : " (MedDRA " + term.meddraCode() + ")")));
	}
}
