package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Answers written straight to UTF-8 are the bytes the batch wrote through a character writer before. */
class AnswerBytesTests {

	private static void sameAsTheWriter(Object id) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("id", id);
		response.put("explanation", List.of("≥ 4.0 mm 한글 (을)를 é", "tab\t quote\" slash\\ \u2028 \u007f"));
		response.put("n", new BigDecimal("1.50"));
		assertThat(RulesBatch.writeUtf8(response)).as(String.valueOf(id))
			.isEqualTo(RulesBatch.write(response).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void everyKindOfTextIsTheSameBytes() {
		sameAsTheWriter("plain");
		sameAsTheWriter("pair \ud83d\ude00 emoji");
		sameAsTheWriter("lone high \ud800 surrogate");
		sameAsTheWriter("lone low \udc00");
		sameAsTheWriter("ends on a high \ud83d");
		sameAsTheWriter("a literal backslash-u: \\uD800 is text");
		sameAsTheWriter("control \u0001\u001f");
		sameAsTheWriter(42);
	}

	@Test
	void aLoneSurrogateSentEscapedComesOutAsAQuestionMarkAsBefore() {
		String line = "{\"id\": \"a\\ud800b\", \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": 1}}\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(RulesBatch.run(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), out)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"id\":\"a?b\",");
	}

	@Test
	void onlyAnEscapeOfASurrogateSendsALineTheOldWay() {
		assertThat(RulesBatch.mayHoldEscapedSurrogate("{\"id\":\"\\uD800\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(RulesBatch.mayHoldEscapedSurrogate("{\"id\":\"\\udc01\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(RulesBatch.mayHoldEscapedSurrogate("{\"id\":\"\\u0001 D8\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(RulesBatch.mayHoldEscapedSurrogate("{\"id\":\"\\uD7FF\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
	}
}
