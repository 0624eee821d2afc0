package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registry batch mode: one answer per non-blank line, same order, never stopping on a bad line. */
class RulesBatchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<JsonNode> run(String input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = RulesBatch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
		assertThat(status).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
	}

	@Test
	void badLinesDoNotStopTheBatchAndOrderIsKept() {
		List<JsonNode> out = run(String.join("\n",
				"{\"id\": 1, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75}}",
				"this is not json",
				"{\"id\": 3, \"rule\": \"no.such.rule\", \"input\": {}}",
				"{\"id\": 4, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": -1}}",
				"{\"id\": 5, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 4.06}}"));
		assertThat(out).hasSize(5);
		assertThat(out.get(0).get("result").get("value").asString()).isEqualTo("T1b");
		assertThat(out.get(1).get("error").get("field").asString()).isEqualTo("line");
		assertThat(out.get(1).get("error").get("message").asString()).contains("Line 2");
		assertThat(out.get(2).get("error").get("field").asString()).isEqualTo("rule");
		assertThat(out.get(3).get("error").get("field").asString()).isEqualTo("breslowMm");
		assertThat(out.get(4).get("id").asInt()).isEqualTo(5);
		assertThat(out.get(4).get("result").get("value").asString()).isEqualTo("T4a");
	}

	@Test
	void idIsEchoedUnchangedForEveryJsonType() {
		List<JsonNode> out = run(String.join("\n",
				"{\"id\": \"case-17\", \"rule\": \"melanoma.t\", \"input\": {\"inSitu\": true}}",
				"{\"id\": 42, \"rule\": \"melanoma.t\", \"input\": {\"inSitu\": true}}",
				"{\"id\": 1.50, \"rule\": \"melanoma.t\", \"input\": {\"inSitu\": true}}",
				"{\"id\": {\"mrn\": \"A1\", \"seq\": [1, 2]}, \"rule\": \"bogus\"}",
				"{\"rule\": \"melanoma.t\", \"input\": {\"inSitu\": true}}",
				"{\"id\": null, \"rule\": \"melanoma.t\", \"input\": {\"inSitu\": true}}"));
		assertThat(out.get(0).get("id").asString()).isEqualTo("case-17");
		assertThat(out.get(1).get("id").isIntegralNumber()).isTrue();
		assertThat(out.get(1).get("id").asInt()).isEqualTo(42);
		assertThat(out.get(2).get("id").decimalValue()).isEqualByComparingTo("1.50");
		assertThat(out.get(3).get("id")).isEqualTo(JSON.readTree("{\"mrn\": \"A1\", \"seq\": [1, 2]}"));
		assertThat(out.get(3).get("error").get("field").asString()).isEqualTo("rule");
		assertThat(out.get(4).has("id")).isFalse();
		assertThat(out.get(5).has("id")).isTrue();
		assertThat(out.get(5).get("id").isNull()).isTrue();
	}

	@Test
	void responseHasTheContractShape() {
		JsonNode line = run("{\"id\": \"case-17\", \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75, \"ulceration\": false}}").get(0);
		assertThat(line.propertyNames()).containsExactly("id", "rule", "result", "explanation", "source", "ruleSet");
		assertThat(line.get("rule").asString()).isEqualTo("melanoma.t");
		assertThat(line.get("explanation").isArray()).isTrue();
		assertThat(line.get("source").asString()).contains("AJCC");
		JsonNode error = run("{\"id\": 1, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 101}}").get(0);
		assertThat(error.propertyNames()).containsExactly("id", "rule", "error");
		assertThat(error.get("error").propertyNames()).containsExactly("field", "message");
	}

	@Test
	void blankLinesAreSkippedAndOtherShapesGetErrors() {
		List<JsonNode> out = run("\n   \n[1, 2]\n{\"id\": 7, \"rule\": \"melanoma.t\", \"input\": [1]}\n{\"id\": 8, \"input\": {}}\n{\"id\": 9, \"rule\": \"melanoma.t\"} trailing\n\n");
		assertThat(out).hasSize(4);
		assertThat(out.get(0).get("error").get("field").asString()).isEqualTo("line");
		assertThat(out.get(1).get("error").get("field").asString()).isEqualTo("input");
		assertThat(out.get(2).get("error").get("field").asString()).isEqualTo("rule");
		assertThat(out.get(3).get("error").get("field").asString()).isEqualTo("line");
	}

	@Test
	void decimalsArriveExactlyForHalfUpRounding() {
		// 0.85 would be 0.8499999... as a double and round down to T1b anyway, but 0.95 -> 1.0 and 1.05 -> 1.1 must hold.
		List<JsonNode> out = run("{\"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 1.05}}\n{\"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 1.049}}");
		assertThat(out.get(0).get("result").get("value").asString()).isEqualTo("T2a");
		assertThat(out.get(1).get("result").get("value").asString()).isEqualTo("T1b");
	}

	/** Issue 8, finding 12: the indeterminate answer's batch shape, and the rules added by issue 8. */
	@Test
	void indeterminateAnswersNameTheMissingFieldsAndTheNewInputsAreRead() {
		List<JsonNode> out = run(String.join("\n",
				"{\"id\": 1, \"rule\": \"bcc.risk\", \"input\": {\"site\": \"trunk\", \"diameterCm\": 1.0}}",
				"{\"id\": 2, \"rule\": \"cscc.bwh\", \"input\": {\"diameterCm\": 1.0}}",
				"{\"id\": 3, \"rule\": \"bcc.risk\", \"input\": {\"recurrent\": true}}",
				"{\"id\": 4, \"rule\": \"melanoma.slnb\", \"input\": {\"t\": \"T1a\", \"itm\": true}}",
				"{\"id\": 5, \"rule\": \"melanoma.imaging\", \"input\": {\"stage\": \"IIB\"}}"));
		assertThat(out.get(0).get("result")).isEqualTo(JSON.readTree("{\"value\": \"indeterminate\", \"missing\": [\"borders\", \"subtype\"]}"));
		assertThat(out.get(1).get("result")).isEqualTo(JSON.readTree("{\"value\": \"indeterminate\", \"missing\": [\"differentiation\"]}"));
		assertThat(out.get(2).get("result")).isEqualTo(JSON.readTree("{\"value\": \"high\"}"));
		assertThat(out.get(3).get("result").get("value").asString()).isEqualTo("consider");
		assertThat(out.get(4).get("result").get("value").asString()).isEqualTo("consider");
		assertThat(out.get(4).get("source").asString()).contains("NCCN");
	}

	@Test
	void emptyInputGivesNoOutputAndSuccess() {
		assertThat(run("")).isEmpty();
	}
}
