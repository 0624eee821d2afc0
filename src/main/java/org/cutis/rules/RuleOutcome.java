package org.cutis.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link RuleEngine#evaluate} returns: either a {@link Success} in the contract's shape
 * or a {@link Failure} naming the input field to correct. Callers switch on the two records.
 */
public sealed interface RuleOutcome permits RuleOutcome.Success, RuleOutcome.Failure {

	boolean isSuccess();

	static RuleOutcome success(Map<String, Object> result, List<String> explanation, String source, String ruleSet) {
		return new Success(result, explanation, source, ruleSet);
	}

	static RuleOutcome error(String field, String message) {
		return new Failure(field, message);
	}

	/**
	 * @param result      {@code value} first, then the rule's extra fields (contract order)
	 * @param explanation sentences a clinician can check against the source
	 * @param source      guideline and edition
	 * @param ruleSet     id of the versioned rule set, e.g. {@code AJCC-8}
	 */
	record Success(Map<String, Object> result, List<String> explanation, String source, String ruleSet)
			implements RuleOutcome {

		public Success {
			Objects.requireNonNull(result, "result");
			result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
			explanation = List.copyOf(explanation);
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(ruleSet, "ruleSet");
		}

		/** The result's {@code value}: a String, or an Integer for CTCAE grades. */
		public Object value() {
			return result.get("value");
		}

		@Override
		public boolean isSuccess() {
			return true;
		}
	}

	/** The contract's error object: the field to correct and a message with the allowed range. */
	record Failure(String field, String message) implements RuleOutcome {

		public Failure {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(message, "message");
		}

		@Override
		public boolean isSuccess() {
			return false;
		}
	}
}
