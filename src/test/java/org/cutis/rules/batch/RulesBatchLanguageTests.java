package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The batch explains in English unless a line asks for Korean with "lang": "ko". */
class RulesBatchLanguageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<JsonNode> run(String input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
	}

	@Test
	void englishByDefaultKoreanOnRequestSameShape() {
		List<JsonNode> out = run(String.join("\n",
				"{\"id\": 1, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75}}",
				"{\"id\": 2, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75}, \"lang\": \"ko\"}",
				"{\"id\": 3, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75, \"lang\": \"ko\"}}",
				"{\"id\": 4, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 0.75}, \"lang\": \"fr\"}"));
		assertThat(out.get(0).get("explanation").get(0).asString()).isEqualTo("0.75 mm is recorded as 0.8 mm (nearest 0.1 mm, AJCC 8th)");
		for (JsonNode korean : List.of(out.get(1), out.get(2))) {
			assertThat(korean.propertyNames()).containsExactly("id", "rule", "result", "explanation", "source", "ruleSet");
			assertThat(korean.get("explanation").get(0).asString()).isEqualTo("0.75 mm는 0.8 mm로 기록(0.1 mm 단위 반올림, AJCC 8판)");
			assertThat(korean.get("result").get("value").asString()).isEqualTo("T1b");
		}
		// "lang" inside the input is not reported as a field the rule did not use
		assertThat(out.get(2).get("explanation").toString()).doesNotContain("lang");
		assertThat(out.get(3).get("explanation").get(0).asString()).startsWith("0.75 mm is recorded");
	}

	@Test
	void errorsFollowTheLineLanguageTooFieldNamed() {
		List<JsonNode> out = run(String.join("\n",
				"{\"id\": 1, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": -1}}",
				"{\"id\": 2, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": -1}, \"lang\": \"ko\"}",
				"{\"id\": 3, \"rule\": \"melanoma.t\", \"input\": [], \"lang\": \"ko\"}"));
		assertThat(out.get(0).get("error").get("field").asString()).isEqualTo("breslowMm");
		assertThat(out.get(0).get("error").get("message").asString()).isEqualTo("Breslow thickness must be between 0 and 100 mm");
		assertThat(out.get(1).propertyNames()).containsExactly("id", "rule", "error");
		assertThat(out.get(1).get("error").get("field").asString()).isEqualTo("breslowMm");
		assertThat(out.get(1).get("error").get("message").asString()).isEqualTo("Breslow 두께는 0에서 100 mm 사이여야 합니다.");
		assertThat(out.get(2).get("error").get("message").asString()).isEqualTo("입력값은 JSON 객체여야 합니다.");
	}
}
