package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The batch's floor ({@code cutis rules --floor}): the real batch's lines and shape, no rule evaluated. */
class RulesFloorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REQUESTS = String.join("\n",
			"{\"id\": \"case-1\", \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75, \"ulceration\": false}}",
			"",
			"this is not json",
			"[1, 2]",
			"{\"id\": 4, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": -1}}",
			"{\"rule\": \"ctcae.grade\"}") + "\n";

	private static String floor(String input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.runFloor(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String batch(String input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void answersEveryLineTheBatchAnswersInTheContractsShapeWithoutARule() {
		List<JsonNode> floor = floor(REQUESTS).lines().map(JSON::readTree).toList();
		assertThat(floor).hasSize(batch(REQUESTS).lines().toList().size()).hasSize(5);
		JsonNode first = floor.get(0);
		assertThat(first.propertyNames()).containsExactly("id", "rule", "result", "explanation", "source", "ruleSet");
		assertThat(first.get("id").asString()).isEqualTo("case-1");
		assertThat(first.get("ruleSet").asString()).isEqualTo("floor");
		// the input comes back as it was sent: no rounding, no T category
		assertThat(first.get("result")).isEqualTo(JSON.readTree("{\"breslowMm\": 0.75, \"ulceration\": false}"));
		// an out-of-range value is no error without a rule to refuse it
		assertThat(floor.get(3).get("ruleSet").asString()).isEqualTo("floor");
		assertThat(floor.get(4).get("result").isEmpty()).isTrue();
	}

	@Test
	void linesThatAreNotObjectsGetTheBatchsOwnLineErrors() {
		List<String> floor = floor(REQUESTS).lines().toList();
		List<String> batch = batch(REQUESTS).lines().toList();
		assertThat(floor.get(1)).isEqualTo(batch.get(1)).contains("Line 3 is not valid JSON");
		assertThat(floor.get(2)).isEqualTo(batch.get(2)).contains("Line 4 must be a JSON object");
	}

	@Test
	void anAnswerIsAboutTheSizeOfARealOne() {
		// the floor stands for the cost of reading and writing the batch's bytes: far smaller answers would flatter it
		String requests = String.join("\n",
				"{\"id\":\"case-0\",\"rule\":\"melanoma.t\",\"input\":{\"breslowMm\":4.18,\"ulceration\":false}}",
				"{\"id\":\"case-3\",\"rule\":\"melanoma.stage\",\"input\":{\"classification\":\"clinical\",\"t\":\"T2b\",\"n\":\"N1a\",\"m\":\"M0\"}}",
				"{\"id\":\"case-13\",\"rule\":\"ctcae.grade\",\"input\":{\"bsaPercent\":15,\"symptoms\":\"mild\",\"term\":\"Dry skin\"}}",
				"{\"id\":\"case-14\",\"rule\":\"followup.schedule\",\"input\":{\"diagnosis\":\"melanoma\",\"stage\":\"IIB\",\"guideline\":\"NCCN\"}}");
		double ratio = (double) floor(requests).length() / batch(requests).length();
		assertThat(ratio).isBetween(0.6, 1.4);
	}
}
