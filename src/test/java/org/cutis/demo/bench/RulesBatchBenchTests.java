package org.cutis.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cutis.rules.batch.RulesBatch;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry batch's part of the bench: its arithmetic, its JSON, its options and its input. */
class RulesBatchBenchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RulesBatchBench.Figures figures() {
		return new RulesBatchBench.Figures(1_000_000, new RulesBatchBench.Run(12.0, 150_000L, 1_000_000),
				new RulesBatchBench.Run(7.5, 100_000L, 1_000_000));
	}

	@Test
	void linesPerMinuteRatioAndPeakRssFromTheRuns() {
		RulesBatchBench.Figures figures = figures();
		assertThat(figures.linesPerMinute()).isEqualTo(5_000_000);
		assertThat(figures.floorLinesPerMinute()).isEqualTo(8_000_000);
		assertThat(figures.ratio()).isEqualTo(1.6);
		assertThat(figures.peakRssMb()).isEqualTo(146);
		assertThat(figures.floorPeakRssMb()).isEqualTo(98);
		assertThat(RulesBatchBench.perMinute(200_000, 7.0)).isEqualTo(1_714_286);
	}

	@Test
	void theFasterRunCountsWithTheHigherPeak() {
		RulesBatchBench.Run slow = new RulesBatchBench.Run(14.0, 150_000L, 1_000);
		RulesBatchBench.Run fast = new RulesBatchBench.Run(10.0, 140_000L, 1_000);
		assertThat(RulesBatchBench.Run.best(slow, fast)).isEqualTo(new RulesBatchBench.Run(10.0, 150_000L, 1_000));
		assertThat(RulesBatchBench.Run.best(fast, slow)).isEqualTo(new RulesBatchBench.Run(10.0, 150_000L, 1_000));
		assertThat(RulesBatchBench.Run.best(null, slow)).isEqualTo(slow);
		assertThat(RulesBatchBench.Run.best(new RulesBatchBench.Run(9.0, null, 1_000), slow).peakRssKb()).isEqualTo(150_000L);
	}

	@Test
	void theBatchIsAddedToTheJsonOfIssue15WithoutChangingItsFields() {
		String json = new BenchReport(List.of(), null, null, null, figures()).json();
		assertThat(json).isEqualTo("{\"operations\": [], \"patients\": null, \"rssMb\": null, \"startSeconds\": null,"
				+ " \"rulesBatch\": {\"lines\": 1000000, \"linesPerMinute\": 5000000, \"floorLinesPerMinute\": 8000000,"
				+ " \"ratio\": 1.6, \"peakRssMb\": 146, \"floorPeakRssMb\": 98}}");
		JsonNode read = JSON.readTree(json);
		assertThat(read.get("rulesBatch").get("linesPerMinute").asLong()).isEqualTo(5_000_000);
		RulesBatchBench.Figures noProc = new RulesBatchBench.Figures(1_000, new RulesBatchBench.Run(1.0, null, 1_000),
				new RulesBatchBench.Run(0.5, null, 1_000));
		assertThat(JSON.readTree(new BenchReport(List.of(), null, null, null, noProc).json()).get("rulesBatch").get("peakRssMb")
			.isNull()).isTrue();
		assertThat(new BenchReport(List.of(), null, null, null, figures()).table()).contains("rules batch: 1,000,000 lines",
				"5,000,000 lines/min", "peak RSS 146 MB", "ratio 1.6");
	}

	@Test
	void peakRssIsReadFromVmHwm() {
		assertThat(RulesBatchBench.vmHwmKb(List.of("Name:\tjava", "VmPeak:\t 3000000 kB", "VmHWM:\t  145208 kB",
				"VmRSS:\t  100000 kB"))).isEqualTo(145_208L);
		assertThat(RulesBatchBench.vmHwmKb(List.of("Name:\tjava"))).isNull();
		if (Files.exists(Path.of("/proc/self/status"))) {
			assertThat(RulesBatchBench.peakRssKb(ProcessHandle.current().pid())).isPositive();
		}
	}

	@Test
	void onlyRulesMeasuresTheBatchAloneAndOtherWordsLeaveItOut() {
		BenchOptions rules = BenchOptions.parse(new String[] { "--only", "rules", "--rules-lines", "20000" });
		assertThat(rules.onlyRulesBatch()).isTrue();
		assertThat(rules.measures(RulesBatchBench.NAME)).isTrue();
		assertThat(rules.measures("search MRN")).isFalse();
		assertThat(rules.rulesLines()).isEqualTo(20_000);
		BenchOptions mixed = BenchOptions.parse(new String[] { "--only", "rules,chart" });
		assertThat(mixed.onlyRulesBatch()).isFalse();
		assertThat(mixed.measures(RulesBatchBench.NAME)).isTrue();
		BenchOptions chart = BenchOptions.parse(new String[] { "--only", "chart" });
		assertThat(chart.measures(RulesBatchBench.NAME)).isFalse();
		BenchOptions all = BenchOptions.parse(new String[0]);
		assertThat(all.onlyRulesBatch()).isFalse();
		assertThat(all.measures(RulesBatchBench.NAME)).isTrue();
		assertThat(all.rulesLines()).isEqualTo(1_000_000);
	}

	@Test
	void aBatchNotAskedForOrNotMeasurableLeavesNoFigures() {
		assertThat(RulesBatchBench.measureIfAsked(BenchOptions.parse(new String[] { "--only", "chart" }))).isNull();
		// no -Dcutis.jar outside the launcher: said on standard error, the rest of the bench goes on
		assertThat(System.getProperty("cutis.jar")).isNull();
		assertThat(RulesBatchBench.measureIfAsked(BenchOptions.parse(new String[] { "--only", "rules", "--rules-lines", "1000" })))
			.isNull();
	}

	@Test
	void theBenchRunsTheBatchWithTheLaunchersJvmOptions() throws IOException {
		String launcher = Files.readString(Path.of("cutis"));
		String javaLine = launcher.substring(launcher.indexOf("cmd_rules() {"))
			.lines()
			.filter(l -> l.trim().startsWith("exec java"))
			.findFirst()
			.orElseThrow();
		assertThat(javaLine).contains("exec java " + String.join(" ", RulesBatchBench.JVM_OPTIONS) + " -jar");
		assertThat(RulesBatchBench.command("/x/cutis.jar", true)).endsWith("-jar", "/x/cutis.jar", "rules", "--floor");
	}

	@Test
	void generatedInputAsksEveryRuleAndOneLineInSixteenIsInvalid() {
		RulesBatchInput input = new RulesBatchInput(RulesBatchBench.SEED);
		List<String> lines = IntStream.range(0, 1_600).mapToObj(input::line).toList();
		Set<String> rules = lines.stream().map(l -> JSON.readTree(l).get("rule").asString()).collect(Collectors.toSet());
		assertThat(rules).hasSize(14).contains("melanoma.stage", "ctcae.grade", "followup.schedule");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = RulesBatch.run(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out);
		assertThat(status).isZero();
		List<JsonNode> answers = out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
		assertThat(answers).hasSize(1_600);
		assertThat(answers.stream().filter(a -> a.has("error")).count()).isEqualTo(100);
		assertThat(answers.get(15).get("error").get("field").asString()).isEqualTo("breslowMm");
	}
}
