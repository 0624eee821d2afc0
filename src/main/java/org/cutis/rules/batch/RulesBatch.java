package org.cutis.rules.batch;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registry batch mode ({@code ./cutis rules < requests.jsonl > responses.jsonl}): one JSON
 * request per line in, one JSON response per line out, in the same order. No Spring, no
 * database: it starts in well under a second and streams with flat memory.
 *
 * <p>Blank (or whitespace-only) lines are skipped without an answer, so that a trailing newline
 * or a spacer line in a hand-edited file does not produce a spurious error line. Every other
 * line gets exactly one answer; a bad line never stops the batch.
 */
public final class RulesBatch {

	static final String USAGE = String.join(System.lineSeparator(),
			"Usage: cutis rules [--floor] < requests.jsonl > responses.jsonl",
			"",
			"Evaluates Cutis clinical rules in registry batch mode.",
			"Each input line is a JSON object {\"id\": any, \"rule\": \"melanoma.t\", \"input\": {...}}.",
			"Explanations and error messages are in English; add \"lang\": \"ko\" to a line for Korean sentences.",
			"Each output line is {\"id\", \"rule\", \"result\", \"explanation\", \"source\", \"ruleSet\"}",
			"or {\"id\", \"rule\", \"error\": {\"field\", \"message\"}}, in input order.",
			"Blank lines are skipped. Exit status 0 when every line was read.",
			"",
			"--floor  answers each line without evaluating any rule (same reading, JSON and writing, an",
			"         answer of the contract's shape and about the same size, ruleSet \"floor\"): the",
			"         cheapest the batch could be on this input and machine, for ./cutis bench.",
			"",
			"Rules: %s");

	// Decimals as BigDecimal: 0.85 mm must stay 0.85, not 0.8499999..., before half-up rounding.
	private static final ObjectMapper JSON = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();

	private static final int BUFFER = 1 << 16;

	private RulesBatch() {
	}

	public static void main(String[] args) {
		if (args.length == 1 && args[0].equals("--floor")) {
			System.exit(runFloor(System.in, System.out));
		}
		if (args.length > 0) {
			boolean help = args[0].equals("--help") || args[0].equals("-h");
			PrintStream stream = help ? System.out : System.err;
			stream.println(String.format(USAGE, String.join(", ", new RuleEngine().ruleNames())));
			System.exit(help ? 0 : 2);
		}
		System.exit(run(System.in, System.out));
	}

	/**
	 * Answers every non-blank line of {@code in} on {@code out}.
	 *
	 * @return 0 when all lines were read (even if some got errors), 1 if reading or writing failed
	 */
	public static int run(InputStream in, OutputStream out) {
		RuleEngine engine = new RuleEngine();
		return run(in, out, (line, lineNumber) -> writeUtf8(response(engine, line, lineNumber)));
	}

	/** The floor ({@link RulesFloor}): the same lines answered through the same pipeline, no rule evaluated. */
	public static int runFloor(InputStream in, OutputStream out) {
		return run(in, out, RulesFloor::answerUtf8);
	}

	private static int run(InputStream in, OutputStream out, BatchPipeline.Answerer answerer) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
		BufferedOutputStream writer = new BufferedOutputStream(out, BUFFER);
		BatchPipeline pipeline = new BatchPipeline(answerer, Runtime.getRuntime().availableProcessors());
		try {
			pipeline.run(reader, writer);
			return 0;
		} catch (IOException | UncheckedIOException e) {
			System.err.println("cutis rules: I/O failure after line " + pipeline.linesRead() + ": " + e.getMessage());
			return 1;
		}
	}

	/** The response line (without newline) for one request line. */
	static String answer(RuleEngine engine, String line, long lineNumber) {
		return write(response(engine, line, lineNumber));
	}

	/** The response to one request line, to be written as one JSON object. */
	static Map<String, Object> response(RuleEngine engine, String line, long lineNumber) {
		Object parsed;
		try {
			parsed = parse(line);
		} catch (JacksonException e) {
			return notJson(lineNumber, e);
		}
		if (!(parsed instanceof Map<?, ?> request)) {
			return notAnObject(lineNumber);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		if (request.containsKey("id")) {
			response.put("id", request.get("id"));
		}
		Object rule = request.get("rule");
		if (request.containsKey("rule")) {
			response.put("rule", rule);
		}
		Object input = request.get("input");
		Object lang = request.get("lang");
		if (input instanceof Map<?, ?> fields && fields.containsKey("lang")) {
			// "lang" inside the input is read the same way, never as an unused rule field
			Map<Object, Object> rest = new LinkedHashMap<>(fields);
			lang = lang == null ? rest.remove("lang") : lang;
			rest.remove("lang");
			input = rest;
		}
		RuleOutcome outcome = evaluate(engine, rule, input);
		Locale language = language(lang);
		if (outcome instanceof RuleOutcome.Success success) {
			response.put("result", success.result());
			response.put("explanation", success.explanation(language));
			response.put("source", success.source());
			response.put("ruleSet", success.ruleSet());
		} else {
			RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
			response.put("error", error(failure.field(), failure.message(language)));
		}
		return response;
	}

	/** One request line as maps, lists, Strings, BigDecimals and the other JSON values. */
	static Object parse(String line) {
		return JSON.readValue(line, Object.class);
	}

	static String write(Map<String, Object> response) {
		return JSON.writeValueAsString(response);
	}

	/**
	 * The response as UTF-8 bytes, the same bytes as {@link #write} encoded by the output's writer.
	 * Written straight to bytes it skips a String and a second encoding per line; a lone surrogate
	 * (sent escaped, e.g. {@code "\ud800"}) is the one case where Jackson's byte writer differs (it
	 * escapes it, the writer wrote {@code ?}), so a line whose bytes could hold such an escape is
	 * written again the old way.
	 */
	static byte[] writeUtf8(Map<String, Object> response) {
		byte[] bytes = JSON.writeValueAsBytes(response);
		return mayHoldEscapedSurrogate(bytes) ? write(response).getBytes(StandardCharsets.UTF_8) : bytes;
	}

	static boolean mayHoldEscapedSurrogate(byte[] json) {
		for (int i = 0; i + 3 < json.length; i++) {
			if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
				byte next = json[i + 3];
				if ((next >= '8' && next <= '9') || (next >= 'A' && next <= 'F') || (next >= 'a' && next <= 'f')) {
					return true;
				}
			}
		}
		return false;
	}

	static Map<String, Object> notJson(long lineNumber, JacksonException e) {
		return lineError(lineNumber, "is not valid JSON: " + firstLine(e.getOriginalMessage()));
	}

	static Map<String, Object> notAnObject(long lineNumber) {
		return lineError(lineNumber, "must be a JSON object with rule and input");
	}

	/** English unless the line asks for Korean ("ko", "ko-KR"); an unknown language reads English. */
	static Locale language(Object lang) {
		return lang instanceof String tag && Locale.forLanguageTag(tag.trim()).getLanguage().equals("ko") ? Locale.KOREAN
				: Locale.ENGLISH;
	}

	private static RuleOutcome evaluate(RuleEngine engine, Object rule, Object input) {
		if (!(rule instanceof String name)) {
			return RuleOutcome.error("rule", "rules.invalid.batch.ruleMissing");
		}
		if (input != null && !(input instanceof Map)) {
			return RuleOutcome.error("input", "rules.invalid.batch.inputNotObject");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = input == null ? Map.of() : (Map<String, Object>) input;
		try {
			return engine.evaluate(name, fields);
		} catch (RuntimeException e) {
			// A defect in one rule must not stop a registry run; the line gets an error instead.
			return RuleOutcome.error("rule", "rules.invalid.batch.ruleFailed", name, e.toString());
		}
	}

	/** A line that is not a JSON object has no "lang" to read: its error is in English. */
	private static Map<String, Object> lineError(long lineNumber, String problem) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("error", error("line", "Line " + lineNumber + " " + problem));
		return response;
	}

	private static Map<String, Object> error(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		String first = newline < 0 ? message : message.substring(0, newline);
		return first.length() > 200 ? first.substring(0, 200) + "..." : first;
	}
}
