package org.cutis.demo.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's own arithmetic and output, without Spring: percentiles, rates, ratio, the issue-15 JSON. */
class BenchTests {

	static long[] millis(long... values) {
		long[] nanos = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			nanos[i] = values[i] * 1_000_000L;
		}
		return nanos;
	}

	@Test
	void percentilesByNearestRank() {
		// 1..100 ms in shuffled order
		long[] values = new long[100];
		for (int i = 0; i < 100; i++) {
			values[i] = ((i * 37) % 100) + 1;
		}
		Latencies l = new Latencies("x", millis(values), 4.0, 0);
		assertThat(l.percentileMs(50)).isEqualTo(50.0);
		assertThat(l.percentileMs(95)).isEqualTo(95.0);
		assertThat(l.percentileMs(99)).isEqualTo(99.0);
		assertThat(l.percentileMs(100)).isEqualTo(100.0);
		assertThat(l.requestsPerSecond()).isEqualTo(25.0);
		// 20 values: p95 is the 19th smallest; one value is every percentile; none is NaN
		Latencies twenty = new Latencies("y", millis(20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1),
				2.0, 0);
		assertThat(twenty.percentileMs(95)).isEqualTo(19.0);
		assertThat(twenty.percentileMs(50)).isEqualTo(10.0);
		assertThat(new Latencies("z", millis(7), 1, 0).percentileMs(99)).isEqualTo(7.0);
		assertThat(new Latencies("n", new long[0], 1, 0).percentileMs(50)).isNaN();
	}

	@Test
	void ratioToTheFloorIsNullUntilAFloorIsMeasured() {
		assertThat(Latencies.ratio(30.0, 10.0)).isEqualTo(3.0);
		assertThat(Latencies.ratio(10.0, 3.0)).isEqualTo(3.33);
		assertThat(Latencies.ratio(10.0, null)).isNull();
		assertThat(Latencies.ratio(10.0, 0.0)).isNull();
		assertThat(Latencies.ratio(null, 1.0)).isNull();
	}

	@Test
	void jsonHasTheShapeOfIssue15() {
		BenchReport.Operation search = BenchReport.Operation.of(new Latencies("search \"MRN\"", millis(1, 2, 3, 4), 2.0, 0),
				null);
		BenchReport.Operation floored = new BenchReport.Operation("search accession", 1.5, 6.25, 9, 120.333, 2.5, 10, 0);
		String json = new BenchReport(List.of(search, floored), 100_000L, 812L, 14.26).json();
		assertThat(json).isEqualTo("{\"operations\": [{\"name\": \"search \\\"MRN\\\"\", \"p50Ms\": 2, \"p95Ms\": 4,"
				+ " \"p99Ms\": 4, \"rps\": 2, \"floorP95Ms\": null, \"ratio\": null}, {\"name\": \"search accession\","
				+ " \"p50Ms\": 1.5, \"p95Ms\": 6.25, \"p99Ms\": 9, \"rps\": 120.33, \"floorP95Ms\": 2.5, \"ratio\": 2.5}],"
				+ " \"patients\": 100000, \"rssMb\": 812, \"startSeconds\": 14.26}");
		// a bench against a running Cutis knows neither its memory nor its start
		assertThat(new BenchReport(List.of(), null, null, null).json())
			.isEqualTo("{\"operations\": [], \"patients\": null, \"rssMb\": null, \"startSeconds\": null}");
		assertThat(new BenchReport(List.of(search), 1L, null, null).table()).contains("search \"MRN\"", "p95 ms");
		assertThat(new BenchReport(List.of(floored), 1L, null, null).table()).contains("floor p95", " 2.5 ");
	}

	@Test
	void everyOperationHasItsFloorAndTheFloorAsksTheSameSamples(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		java.util.Map<String, Object> samples = java.util.Map.of("names", List.of("김민수"), "mrns", List.of("10000180"),
				"accessions", List.of("S26-000016"), "chartPatients", List.of("0b7d6a8e-9c1f-4b57-8f7a-3d2a1c4e5f60"),
				"meetings", List.of("5f0e1d2c-3b4a-4968-8776-655443322110"), "crowdedBirthDate", "1960-01-01");
		List<String> missing = new java.util.ArrayList<>();
		List<Operation> operations = Operations.of(samples, missing);
		assertThat(missing).isEmpty();
		assertThat(operations).extracting(Operation::name).contains("search MRN", "chart (500 events)",
				"pathologist worklist", "path log", "triage worklist", "recall list", "tumor board meeting",
				"tumor board packet PDF", "registration");
		for (Operation o : operations) {
			assertThat(Floors.FLOORS).containsKey(o.name());
			// every statement gets as many parameters as it has places for them
			List<Object[]> parameters = SqlFloor.parameters(o.name(), o.sample().get());
			List<Floors.Step> steps = Floors.FLOORS.get(o.name()).steps();
			for (int i = 0; i < steps.size(); i++) {
				assertThat(parameters.get(i)).hasSize((int) steps.get(i).sql().chars().filter(c -> c == '?').count());
			}
		}
		// pages go with the login's session, the API with its token; the chart asks for the sampled patient
		Operation chart = operations.stream().filter(o -> o.name().startsWith("chart")).findFirst().orElseThrow();
		assertThat(chart.request().apply("abc").path()).isEqualTo("/patients/abc");
		assertThat(chart.request().apply("abc").api()).isFalse();
		Operation registration = operations.get(operations.size() - 1);
		assertThat(registration.request().apply("1960-01-01").jsonBody()).contains("\"birthDate\": \"1960-01-01\"");
		assertThat(registration.request().apply("1960-01-01").api()).isTrue();
		assertThat(Floors.FLOORS.get("registration").rollback()).isTrue();
		// an older generated center: the operations it has no samples for are left out, and said
		missing.clear();
		List<Operation> older = Operations.of(java.util.Map.of("names", List.of("김민수"), "mrns", List.of("10000180"),
				"accessions", List.of("S26-000016")), missing);
		assertThat(older).extracting(Operation::name).doesNotContain("chart (500 events)", "tumor board meeting");
		assertThat(missing).hasSize(3);
		// a name's beginning: every name from 김민 up to the next syllable after 민
		assertThat(SqlFloor.parameters("search name prefix", "김민").get(0)).containsExactly("김민", "김믽");
		assertThat(Floors.prefixEnd("ab")).isEqualTo("ac");
		// a word anywhere in the text, its LIKE characters taken literally
		assertThat(SqlFloor.parameters("search report word", "흑색종").get(0)).containsExactly("%흑색종%");
		assertThat(SqlFloor.parameters("search report word", "5%_").get(0)).containsExactly("%5\\%\\_%");
		assertThat(SqlFloor.parameters("search MRN", "10000180").get(0)).containsExactly("10000180");
		// no running embedded database, no floor
		assertThat(SqlFloor.of(dir)).isEmpty();
		java.nio.file.Files.createDirectories(dir.resolve("pg"));
		java.nio.file.Files.writeString(dir.resolve("pg/postmaster.pid"), "4242\n" + dir + "\n1764570000\n54321\n/tmp\n");
		java.nio.file.Files.writeString(dir.resolve("postgres.password"), "secret\n");
		assertThat(SqlFloor.of(dir)).isPresent();
	}

	@Test
	void optionsAreCheckedAndLoadGoesToThisMachineOnly() {
		BenchOptions o = BenchOptions.parse(new String[] { "--data-dir", "/tmp/x", "--seconds", "60",
				"--clients", "4", "--json" });
		assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/x"));
		assertThat(o.seconds()).isEqualTo(60);
		assertThat(o.clients()).isEqualTo(4);
		assertThat(o.json()).isTrue();
		assertThat(BenchOptions.parse(new String[] { "--url", "http://127.0.0.1:8080/" }).url())
			.isEqualTo("http://127.0.0.1:8080");
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--url", "http://10.0.0.5:8080" }))
			.hasMessageContaining("loopback");
		assertThat(BenchOptions.parse(new String[] { "--url", "http://127.0.0.1:18081/, http://localhost:18082" }).nodes())
			.containsExactly("http://127.0.0.1:18081", "http://localhost:18082");
		assertThat(BenchOptions.parse(new String[0]).nodes()).isEmpty();
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--url", "http://127.0.0.1:18081,http://10.0.0.5:8080" }))
			.hasMessageContaining("loopback");
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--url", " , " })).hasMessageContaining("at least one");
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--clients", "0" })).hasMessageContaining("1 to 64");
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--seconds" })).hasMessageContaining("needs a value");
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--fast" })).hasMessageContaining("Unknown option");
		BenchOptions only = BenchOptions.parse(new String[] { "--only", "chart, worklist" });
		assertThat(only.measures("chart (500 events)")).isTrue();
		assertThat(only.measures("triage worklist")).isTrue();
		assertThat(only.measures("search MRN")).isFalse();
		assertThat(o.measures("search MRN")).isTrue();
	}
}
