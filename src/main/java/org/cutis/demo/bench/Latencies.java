package org.cutis.demo.bench;

import java.util.Arrays;

/**
 * The measured latencies of one operation and what the benchmark reports of them: percentiles by
 * the nearest-rank method (p95 of 20 values is the 19th smallest), requests per second over the
 * measured wall time.
 */
public record Latencies(String name, long[] nanos, double seconds, int errors) {
	public Latencies {
		nanos = nanos.clone();
		Arrays.sort(nanos);
	}

	/** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
	public double percentileMs(double p) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * nanos.length);
		return nanos[Math.max(0, Math.min(nanos.length, rank) - 1)] / 1e6;
	}

	public double requestsPerSecond() {
		return seconds <= 0 ? 0 : nanos.length / seconds;
	}

	public int count() {
		return nanos.length;
	}

	/** Cutis's p95 over the floor's (the bare SQL); null while no floor was measured. */
	public static Double ratio(Double p95Ms, Double floorP95Ms) {
		if (p95Ms == null || floorP95Ms == null || floorP95Ms <= 0 || p95Ms.isNaN() || floorP95Ms.isNaN()) {
			return null;
		}
		return Math.round(p95Ms / floorP95Ms * 100) / 100.0;
	}
}
