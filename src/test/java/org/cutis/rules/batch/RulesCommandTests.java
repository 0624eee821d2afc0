package org.cutis.rules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cutis.CutisApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry batch as an operator runs it: a separate JVM started with the application's main
 * class and the argument {@code rules}, the examples on standard input, answers on standard output.
 */
class RulesCommandTests {

	@Test
	void theApplicationMainAnswersEveryExampleLineInOrderWithoutStartingSpring() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				CutisApplication.class.getName(), "rules")
			.redirectInput(Path.of("src/test/resources/rules/examples.jsonl").toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String output;
		try (InputStream out = process.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		List<String> answers = output.lines().toList();
		List<String> requests = lines("src/test/resources/rules/examples.jsonl");
		assertThat(answers).hasSameSizeAs(requests);
		assertThat(answers.get(0)).startsWith("{\"id\":\"mt0\"").contains("\"value\":\"Tis\"");
		// Spring never started: its banner and log lines would be on stdout
		assertThat(output).doesNotContain("Started CutisApplication").doesNotContain("Tomcat");
	}

	private static List<String> lines(String file) throws IOException {
		return java.nio.file.Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
	}
}
