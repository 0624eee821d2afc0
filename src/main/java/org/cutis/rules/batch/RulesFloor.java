package org.cutis.rules.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;

/**
 * The registry batch's floor ({@code cutis rules --floor}): the same lines read, parsed as JSON and
 * answered through the same pipeline, with no rule work. What the batch costs above the floor is
 * what the rules cost, so the benchmark can say how far the batch is from the cheapest it could
 * be on the same input and machine.
 *
 * <p>An answer has the contract's shape ({@code id, rule, result, explanation, source, ruleSet})
 * and, on the mixed registry file, about the size of a real one: the request's input is echoed
 * as the result and two fixed sentences stand for the explanation. Lines that are not JSON
 * objects get the batch's own line error.
 */
final class RulesFloor {

	static final String RULE_SET = "floor";
	static final String SOURCE = "Floor of the registry batch: the request read, parsed as JSON and answered in the contract's shape, no rule evaluated";
	static final List<String> EXPLANATION = List.of(
			"No rule was evaluated for this line: the floor measures reading, parsing and writing alone",
			"An answer of this size stands for a real explanation of two or three sentences with a source");

	private RulesFloor() {
	}

	/** The floor's answer to one request line, without newline. */
	static byte[] answerUtf8(String line, long lineNumber) {
		return RulesBatch.writeUtf8(response(line, lineNumber));
	}

	private static Map<String, Object> response(String line, long lineNumber) {
		Object parsed;
		try {
			parsed = RulesBatch.parse(line);
		}
		catch (JacksonException e) {
			return RulesBatch.notJson(lineNumber, e);
		}
		if (!(parsed instanceof Map<?, ?> request)) {
			return RulesBatch.notAnObject(lineNumber);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		if (request.containsKey("id")) {
			response.put("id", request.get("id"));
		}
		if (request.containsKey("rule")) {
			response.put("rule", request.get("rule"));
		}
		Object input = request.get("input");
		response.put("result", input == null ? Map.of() : input);
		response.put("explanation", EXPLANATION);
		response.put("source", SOURCE);
		response.put("ruleSet", RULE_SET);
		return response;
	}
}
