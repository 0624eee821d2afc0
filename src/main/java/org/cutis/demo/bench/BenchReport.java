package org.cutis.demo.bench;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark's answer, as issue 15 fixes it for machines: {@code {"operations": [{"name",
 * "p50Ms", "p95Ms", "p99Ms", "rps", "floorP95Ms", "ratio"}], "patients", "rssMb",
 * "startSeconds"}}, and as a table for people. The floor is the same data by bare SQL over JDBC
 * ({@link SqlFloor}); floorP95Ms and ratio are null where none was measured. The registry batch,
 * when measured, adds {@code "rulesBatch": {"lines", "linesPerMinute", "floorLinesPerMinute", "ratio",
 * "peakRssMb", "floorPeakRssMb"}} ({@link RulesBatchBench}).
 */
public record BenchReport(List<Operation> operations, Long patients, Long rssMb, Double startSeconds,
		RulesBatchBench.Figures rulesBatch) {

	public BenchReport(List<Operation> operations, Long patients, Long rssMb, Double startSeconds) {
		this(operations, patients, rssMb, startSeconds, null);
	}

	public record Operation(String name, double p50Ms, double p95Ms, double p99Ms, double rps, Double floorP95Ms,
			int count, int errors) {
		public static Operation of(Latencies measured, Double floorP95Ms) {
			return new Operation(measured.name(), round(measured.percentileMs(50)), round(measured.percentileMs(95)),
					round(measured.percentileMs(99)), round(measured.requestsPerSecond()), floorP95Ms, measured.count(),
					measured.errors());
		}

		public Double ratio() {
			return Latencies.ratio(p95Ms, floorP95Ms);
		}
	}

	public String json() {
		StringBuilder out = new StringBuilder("{\"operations\": [");
		for (int i = 0; i < operations.size(); i++) {
			Operation o = operations.get(i);
			out.append(i == 0 ? "" : ", ").append("{\"name\": ").append(quote(o.name()))
				.append(", \"p50Ms\": ").append(number(o.p50Ms()))
				.append(", \"p95Ms\": ").append(number(o.p95Ms()))
				.append(", \"p99Ms\": ").append(number(o.p99Ms()))
				.append(", \"rps\": ").append(number(o.rps()))
				.append(", \"floorP95Ms\": ").append(number(o.floorP95Ms()))
				.append(", \"ratio\": ").append(number(o.ratio())).append('}');
		}
		return out.append("], \"patients\": ").append(patients)
			.append(", \"rssMb\": ").append(rssMb)
			.append(", \"startSeconds\": ").append(number(startSeconds))
			// only when measured: a report without the batch keeps issue 15's shape exactly
			.append(rulesBatch == null ? "" : ", \"rulesBatch\": " + rulesBatch.json()).append('}').toString();
	}

	public String table() {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s %9s %7s %10s %6s%n",
				"operation", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "errors", "floor p95", "ratio"));
		for (Operation o : operations) {
			out.append(String.format(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f %8.1f %9d %7d %10s %6s%n", o.name(), o.p50Ms(),
					o.p95Ms(), o.p99Ms(), o.rps(), o.count(), o.errors(), o.floorP95Ms() == null ? "-" : number(o.floorP95Ms()),
					o.ratio() == null ? "-" : number(o.ratio())));
		}
		out.append(String.format(Locale.ROOT, "patients %s, RSS %s MB, start %s s%n", patients, rssMb,
				startSeconds == null ? "-" : number(startSeconds)));
		if (rulesBatch != null) {
			out.append(rulesBatch.table());
		}
		return out.toString();
	}

	static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
	}

	private static String number(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "null";
		}
		double rounded = round(value);
		return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15 ? String.valueOf((long) rounded)
				: String.valueOf(rounded);
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
