package org.cutis.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cutis.rules.common.Explanation;

/**
 * What {@link RuleEngine#evaluate} returns: either a {@link Success} in the contract's shape
 * or a {@link Failure} naming the input field to correct. Callers switch on the two records.
 */
public sealed interface RuleOutcome permits RuleOutcome.Success, RuleOutcome.Failure {

	boolean isSuccess();

	static RuleOutcome success(Map<String, Object> result, List<Explanation> why, String source, String ruleSet,
			Map<String, Explanation> texts) {
		return new Success(result, why, source, ruleSet, texts);
	}

	/** An error naming {@code field}, its problem a message code ({@code rules.invalid.…}) with arguments. */
	static RuleOutcome error(String field, String code, Object... args) {
		return new Failure(field, Explanation.of(code, args));
	}

	/**
	 * @param result      {@code value} first, then the rule's extra fields (contract order)
	 * @param why         sentences a clinician can check against the source, as message codes:
	 *                    {@link #explanation(Locale)} renders them in the reader's language
	 * @param source      guideline and edition
	 * @param ruleSet     id of the versioned rule set, e.g. {@code AJCC-8}
	 * @param texts       result fields that are sentences, as codes (their English is in {@code result})
	 */
	record Success(Map<String, Object> result, List<Explanation> why, String source, String ruleSet,
			Map<String, Explanation> texts) implements RuleOutcome {

		public Success {
			Objects.requireNonNull(result, "result");
			result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
			why = List.copyOf(why);
			texts = Map.copyOf(texts);
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(ruleSet, "ruleSet");
		}

		/** The explanation in English: the contract's language and the batch default. */
		public List<String> explanation() {
			return Explanation.english(why);
		}

		/** A result field in the reader's language: sentences rendered, other values as they are. */
		public Object resultText(String field, Locale locale) {
			Explanation text = texts.get(field);
			return text == null ? result.get(field) : text.render(locale);
		}

		/** The explanation in the reader's language (Korean or English). */
		public List<String> explanation(Locale locale) {
			return Explanation.render(why, locale);
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

	/**
	 * The contract's error object: the field to correct and what is wrong with it (the allowed
	 * range, the value sent, the allowed codes) as a message code with arguments.
	 */
	record Failure(String field, Explanation problem) implements RuleOutcome {

		public Failure {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(problem, "problem");
		}

		/** The message in English: the contract's language and the batch default. */
		public String message() {
			return problem.english();
		}

		/** The message in the reader's language (Korean or English). */
		public String message(Locale locale) {
			return problem.render(locale);
		}

		@Override
		public boolean isSuccess() {
			return false;
		}
	}
}
