package org.cutis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds rule inputs from compact specs such as {@code "breslowMm=0.75; ulceration=true"} so
 * that test tables stay readable: true/false are Booleans, whole numbers Integers, decimals
 * BigDecimals, {@code [a,b]} a list of strings, anything else a String.
 */
public final class RuleFixtures {

	public static final RuleEngine ENGINE = new RuleEngine();

	private RuleFixtures() {
	}

	public static Map<String, Object> input(String spec) {
		Map<String, Object> input = new LinkedHashMap<>();
		if (spec == null || spec.isBlank()) {
			return input;
		}
		for (String pair : spec.split(";")) {
			String[] kv = pair.split("=", 2);
			input.put(kv[0].trim(), value(kv[1].trim()));
		}
		return input;
	}

	static Object value(String text) {
		if (text.equals("true") || text.equals("false")) {
			return Boolean.valueOf(text);
		}
		if (text.equals("null")) {
			return null;
		}
		if (text.matches("-?\\d+")) {
			return Integer.valueOf(text);
		}
		if (text.matches("-?\\d*\\.\\d+")) {
			return new BigDecimal(text);
		}
		if (text.startsWith("[") && text.endsWith("]")) {
			List<Object> list = new ArrayList<>();
			for (String item : text.substring(1, text.length() - 1).split(",")) {
				if (!item.isBlank()) {
					list.add(item.trim());
				}
			}
			return list;
		}
		return text;
	}

	public static RuleOutcome.Success success(String rule, String spec) {
		return success(rule, input(spec));
	}

	public static RuleOutcome.Success success(String rule, Map<String, Object> input) {
		RuleOutcome outcome = ENGINE.evaluate(rule, input);
		assertThat(outcome).as("%s %s", rule, input).isInstanceOf(RuleOutcome.Success.class);
		RuleOutcome.Success success = (RuleOutcome.Success) outcome;
		assertThat(success.explanation()).as("explanation of %s %s", rule, input).isNotEmpty();
		assertThat(success.source()).isNotBlank();
		return success;
	}

	public static Object value(String rule, String spec) {
		return success(rule, spec).value();
	}

	public static RuleOutcome.Failure failure(String rule, String spec) {
		return failure(rule, input(spec));
	}

	public static RuleOutcome.Failure failure(String rule, Map<String, Object> input) {
		RuleOutcome outcome = ENGINE.evaluate(rule, input);
		assertThat(outcome).as("%s %s", rule, input).isInstanceOf(RuleOutcome.Failure.class);
		return (RuleOutcome.Failure) outcome;
	}
}
