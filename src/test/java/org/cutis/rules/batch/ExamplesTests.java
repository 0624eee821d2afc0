package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the contract's sample requests (a copy of examples.jsonl in the test resources) through
 * {@link RulesBatch#run} and checks every {@code expect} field: value, minCm/maxCm, periods, errorField.
 */
class ExamplesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static List<JsonNode> requests;
	private static List<JsonNode> responses;

	@BeforeAll
	static void runBatch() throws IOException {
		byte[] file;
		try (InputStream in = ExamplesTests.class.getResourceAsStream("/rules/examples.jsonl")) {
			assertThat(in).as("src/test/resources/rules/examples.jsonl").isNotNull();
			file = in.readAllBytes();
		}
		requests = new String(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.run(new ByteArrayInputStream(file), out)).isZero();
		responses = out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
	}

	@Test
	void everyRequestGetsOneResponseInOrder() {
		assertThat(requests).hasSizeGreaterThanOrEqualTo(76);
		assertThat(responses).hasSameSizeAs(requests);
		for (int i = 0; i < requests.size(); i++) {
			assertThat(responses.get(i).get("id")).isEqualTo(requests.get(i).get("id"));
			assertThat(responses.get(i).get("rule")).isEqualTo(requests.get(i).get("rule"));
		}
	}

	static Stream<Arguments> expectations() throws IOException {
		runBatch();
		List<Arguments> checks = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			JsonNode expect = requests.get(i).get("expect");
			for (String field : expect.propertyNames()) {
				checks.add(Arguments.of(requests.get(i).get("id").asString(), field, expect.get(field), i));
			}
		}
		return checks.stream();
	}

	@ParameterizedTest(name = "{0}: {1} = {2}")
	@MethodSource("expectations")
	void expectedFieldMatches(String id, String field, JsonNode expected, int index) {
		JsonNode response = responses.get(index);
		if (field.equals("errorField")) {
			assertThat(response.has("error")).as("%s should be an error: %s", id, response).isTrue();
			assertThat(response.get("error").get("field").asString()).isEqualTo(expected.asString());
			return;
		}
		assertThat(response.has("result")).as("%s should succeed: %s", id, response).isTrue();
		JsonNode actual = response.get("result").get(field);
		assertThat(actual).as("%s result.%s", id, field).isNotNull();
		if (expected.isNumber()) {
			// 1.0 and 1 are the same margin: compare numbers by value.
			assertThat(actual.decimalValue()).as("%s result.%s", id, field).isEqualByComparingTo(expected.decimalValue());
		} else {
			assertThat(actual).as("%s result.%s", id, field).isEqualTo(expected);
		}
	}
}
