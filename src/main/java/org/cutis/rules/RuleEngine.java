package org.cutis.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutis.rules.bcc.BccRules;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.cscc.CsccRules;
import org.cutis.rules.ctcae.CtcaeRules;
import org.cutis.rules.followup.FollowUpRules;
import org.cutis.rules.melanoma.MelanomaRules;
import org.cutis.rules.mohs.MohsRules;
import org.cutis.rules.oncoderm.OncodermRules;

/**
 * The one entry point the application calls for clinical rules: the HTTP endpoint, the
 * calculator pages and registry batch mode all evaluate through it, so they cannot disagree.
 * Immutable after construction and therefore safe to share between threads.
 */
public final class RuleEngine {

	private final Map<String, Rule> rules;

	public RuleEngine() {
		Map<String, Rule> byName = new LinkedHashMap<>();
		for (List<Rule> family : List.of(MelanomaRules.all(), CsccRules.all(), BccRules.all(), MohsRules.all(),
				CtcaeRules.all(), FollowUpRules.all(), OncodermRules.all())) {
			for (Rule rule : family) {
				if (byName.put(rule.name(), rule) != null) {
					throw new IllegalStateException("Rule registered twice: " + rule.name());
				}
			}
		}
		this.rules = Collections.unmodifiableMap(byName);
	}

	/** The contract's rule names, e.g. {@code melanoma.stage}, in a stable order. */
	public Set<String> ruleNames() {
		return rules.keySet();
	}

	/**
	 * Evaluates one rule.
	 *
	 * @param rule  the contract name, e.g. {@code melanoma.t}
	 * @param input what the request's {@code input} JSON object parses to; null reads as empty
	 */
	public RuleOutcome evaluate(String rule, Map<String, Object> input) {
		Rule found = rule == null ? null : rules.get(rule);
		if (found == null) {
			return RuleOutcome.error("rule", "rules.invalid.unknownRule", rule, String.join(", ", rules.keySet()));
		}
		try {
			RuleInput fields = new RuleInput(input);
			RuleAnswer answer = found.evaluate(fields);
			List<Explanation> explanation = answer.why();
			List<String> unused = fields.unusedFields();
			if (!unused.isEmpty()) {
				explanation = new ArrayList<>(explanation);
				explanation.add(Explanation.of("rules.why.unusedFields", rule, String.join(", ", unused)));
			}
			return RuleOutcome.success(answer.result(), explanation, answer.source(), answer.ruleSet(), answer.texts());
		} catch (InvalidInputException e) {
			return new RuleOutcome.Failure(e.field(), e.problem());
		} catch (ArithmeticException | ClassCastException e) {
			// Defensive: an input shape the readers did not anticipate must not stop a batch.
			return RuleOutcome.error("input", "rules.invalid.notEvaluated", rule, e.getMessage());
		}
	}
}
