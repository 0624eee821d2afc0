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
public record RuleAnswer(Map<String, Object> result, List<Explanation> why, String source, String ruleSet,
		Map<String, Explanation> texts) {

	/**
	 * @param texts result fields that are sentences (e.g. follow-up {@code imaging}): the result
	 *              holds them in English, as the contract does; pages render these in the reader's language
	 */
	public RuleAnswer {
		result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
		why = List.copyOf(why);
		texts = Map.copyOf(texts);
	}

	public RuleAnswer(Map<String, Object> result, List<Explanation> why, String source, String ruleSet) {
		this(result, why, source, ruleSet, Map.of());
	}

	/** The same answer with a result field that is a sentence: English in the result, the code in {@link #texts}. */
	public RuleAnswer withText(String field, Explanation text) {
		Map<String, Object> fields = new LinkedHashMap<>(result);
		fields.put(field, text.english());
		Map<String, Explanation> all = new LinkedHashMap<>(texts);
		all.put(field, text);
		return new RuleAnswer(fields, why, source, ruleSet, all);
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
