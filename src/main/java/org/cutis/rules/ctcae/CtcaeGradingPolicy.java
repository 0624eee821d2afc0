package org.cutis.rules.ctcae;

import org.cutis.rules.common.Explanation;
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
			evidence.reach(4, Explanation.of("rules.why.ctcae.lifeThreateningConsequencesUrgentIntervention"));
		}
		if (findings.fatal()) {
			evidence.reach(5, Explanation.of("rules.why.ctcae.deathRelatedToTheAdverse"));
		}
		List<Explanation> why = new ArrayList<>();
		// the term and its organ class by name: the CTCAE's own English, a Korean reader's Korean
		Explanation name = term.label();
		why.add(Explanation.of("rules.why.ctcae.ctcaeV50", name, Explanation.of(term.organClassCode())));
		why.addAll(evidence.reasons());
		int reached = evidence.highest();
		int grade;
		if (reached == 0) {
			grade = term.lowestGrade();
			why.add(Explanation.of("rules.why.ctcae.noRecordedFindingMeetsA", name, grade));
		} else if (reached > term.highestGrade()) {
			grade = term.highestGrade();
			why.add(Explanation.of(reached >= 4 ? "rules.why.ctcae.impliedGradeUndefinedSevere" : "rules.why.ctcae.theFindingsImplyGradeWhich", reached, name, grade));
		} else if (reached < term.lowestGrade()) {
			grade = term.lowestGrade();
			why.add(Explanation.of("rules.why.ctcae.definesNoGradeBelow", name, grade));
		} else {
			grade = reached;
			why.add(Explanation.of("rules.why.ctcae.highestGradeReached", grade));
		}
		Set<String> ignored = new TreeSet<>(findings.recordedFields());
		ignored.removeAll(term.criteria());
		if (!ignored.isEmpty()) {
			why.add(Explanation.of("rules.why.ctcae.notCriteriaOfInCTCAE", name,
					ignored.stream().map(f -> Explanation.of("rules.why.field." + f)).toList()));
		}
		return new Finding<>(new CtcaeGrade(term, grade, term.definition(grade)), why, RULE_SET,
				RULE_SET.source(term.termName() + (term.meddraCode() == null ? "" : " (MedDRA " + term.meddraCode() + ")")));
	}
}
