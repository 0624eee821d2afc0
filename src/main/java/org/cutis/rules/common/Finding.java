package org.cutis.rules.common;

import java.util.List;
import java.util.Objects;

/**
 * What a clinical policy concluded, why, and from which rule set. Immutable, so findings can
 * be shared between threads and cached.
 *
 * @param value       the typed conclusion (a T category, a stage, a grade, ...)
 * @param why         sentences a clinician can check against the source, as message codes
 * @param ruleSet     the versioned rule set that produced the value
 * @param source      the guideline, edition and chapter cited for this value
 */
public record Finding<V>(V value, List<Explanation> why, RuleSet ruleSet, String source) {

	public Finding {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(source, "source");
		why = List.copyOf(why);
	}

	/** The explanation in English (the contract's examples and the batch default). */
	public List<String> explanation() {
		return Explanation.english(why);
	}
}
