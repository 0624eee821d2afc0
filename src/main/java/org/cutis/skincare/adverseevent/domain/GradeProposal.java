package org.cutis.skincare.adverseevent.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;

/**
 * The grade {@code ctcae.grade} proposes for a term from an assessment's findings, with the
 * term's definition of that grade and why (message codes, rendered in the reader's language).
 */
public record GradeProposal(int grade, String definition, List<Explanation> why, String source) {

	private static final RuleEngine RULES = new RuleEngine();

	/** The inputs of ctcae.grade besides the term; anything else in the findings is a typo. */
	public static final Set<String> FINDINGS = Set.of("bsaPercent", "symptoms", "pain", "adlLimit",
			"psychosocialImpact", "treatment", "superinfection", "extent", "hairLossPercent", "wigNeeded", "desquamation",
			"bleedingMinorTrauma", "mucosalErosions", "blistering", "skinSloughing", "lifeThreatening", "fatal");

	/**
	 * Asks the rule. A finding it refuses (BSA 140 %, an unknown symptom level) is an input error
	 * naming {@code findings.<field>} in the reader's language.
	 */
	public static GradeProposal of(CtcaeTerm term, Map<String, Object> findings) {
		Map<String, Object> input = new LinkedHashMap<>();
		if (findings != null) {
			for (Map.Entry<String, Object> finding : findings.entrySet()) {
				if (!FINDINGS.contains(finding.getKey())) {
					throw new InvalidInput("findings." + finding.getKey(), "adverseevent.findings.unknown",
							String.join(", ", FINDINGS.stream().sorted().toList()));
				}
				if (finding.getValue() != null) {
					input.put(finding.getKey(), finding.getValue());
				}
			}
		}
		input.put("term", term.termName());
		RuleOutcome outcome = RULES.evaluate("ctcae.grade", input);
		if (outcome instanceof RuleOutcome.Success success) {
			return new GradeProposal(((Number) success.value()).intValue(), (String) success.result().get("definition"),
					success.why(), success.source());
		}
		RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
		throw new InvalidInputException("term".equals(failure.field()) ? "term" : "findings." + failure.field(),
				failure.problem());
	}
}
