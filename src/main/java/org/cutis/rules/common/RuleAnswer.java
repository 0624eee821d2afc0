package org.cutis.rules.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule's answer in the contract's shape: {@code result} holds {@code value} first and then
 * the rule's extra fields, in a stable order.
 */
public record RuleAnswer(Map<String, Object> result, List<Explanation> why, String source, String ruleSet) {

	public RuleAnswer {
		result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
		why = List.copyOf(why);
	}

	/** The explanation in English. */
	public List<String> explanation() {
		return Explanation.english(why);
	}

	/** An answer whose result has only a {@code value}. */
	public static RuleAnswer of(Object value, Finding<?> finding) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", value);
		return of(result, finding);
	}

	/**
	 * An answer that may be indeterminate: {@code value} is the answer's code or
	 * {@code "indeterminate"}, followed by {@code missing} (the input fields that decide it) when
	 * it is indeterminate.
	 */
	public static <V> RuleAnswer of(Finding<Determination<V>> finding, Function<? super V, String> code) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", finding.value().code(code));
		if (finding.value().isIndeterminate()) {
			result.put("missing", finding.value().missing());
		}
		return of(result, finding);
	}

	public static RuleAnswer of(Map<String, Object> result, Finding<?> finding) {
		return new RuleAnswer(result, finding.why(), finding.source(), finding.ruleSet().id());
	}
}
