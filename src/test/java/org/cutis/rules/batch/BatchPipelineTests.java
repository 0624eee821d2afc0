package org.cutis.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cutis.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** The reader, workers and writer of the batch: the answers of many chunks come out in input order. */
class BatchPipelineTests {

	private static String run(String input, BatchPipeline.Answerer answerer, int workers) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
		BufferedOutputStream writer = new BufferedOutputStream(out);
		new BatchPipeline(answerer, workers).run(reader, writer);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void answersOfManyChunksOnSeveralWorkersKeepTheInputOrder() throws IOException {
		RuleEngine engine = new RuleEngine();
		String[] rules = { "{\"id\": %d, \"rule\": \"melanoma.t\", \"input\": {\"breslowMm\": %d.%d}}",
				"{\"id\": %d, \"rule\": \"melanoma.slnb\", \"input\": {\"t\": \"T%da\", \"x\": %d}}", "not json %d %d %d" };
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < BatchPipeline.LINES_PER_CHUNK * 9 + 7; i++) {
			lines.add(String.format(rules[i % 3], i, i % 5, i % 10));
			if (i % 100 == 0) {
				lines.add("   ");
			}
		}
		String expected = IntStream.range(0, lines.size())
			.filter(i -> !lines.get(i).isBlank())
			.mapToObj(i -> RulesBatch.answer(engine, lines.get(i), i + 1) + "\n")
			.collect(Collectors.joining());
		String input = String.join("\n", lines);
		BatchPipeline.Answerer answerer = (line, n) -> RulesBatch.writeUtf8(RulesBatch.response(engine, line, n));
		assertThat(run(input, answerer, 3)).isEqualTo(expected);
		assertThat(run(input, answerer, 1)).isEqualTo(expected);
	}

	@Test
	void aDefectTheAnswererDidNotCatchStopsTheBatchAsOnOneThread() {
		String input = "a\nb\nboom\nc\n";
		assertThatThrownBy(() -> run(input, (line, n) -> {
			if (line.equals("boom")) {
				throw new IllegalStateException("defect on line " + n);
			}
			return line.getBytes(StandardCharsets.UTF_8);
		}, 2)).isInstanceOf(IllegalStateException.class).hasMessage("defect on line 3");
	}

	@Test
	void aWriterThatFailsEndsTheRunWithItsError() {
		OutputStream closed = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("Broken pipe");
			}
		};
		String input = "x\n".repeat(10_000);
		assertThat(RulesBatch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), closed)).isEqualTo(1);
	}
}
