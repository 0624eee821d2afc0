package org.cutis.rules.common;

import java.util.List;
import java.util.Objects;

/**
 * What a clinical policy concluded, why, and from which rule set. Immutable, so findings can
 * be shared between threads and cached.
 *
 * @param value       the typed conclusion (a T category, a stage, a grade, ...)
 * @param explanation English sentences a clinician can check against the source
 * @param ruleSet     the versioned rule set that produced the value
 * @param source      the guideline, edition and chapter cited for this value
 */
public record Finding<V>(V value, List<String> explanation, RuleSet ruleSet, String source) {

	public Finding {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(source, "source");
		explanation = List.copyOf(explanation);
	}
}
