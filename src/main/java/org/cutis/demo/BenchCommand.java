package org.cutis.demo;

import org.cutis.demo.bench.Bench;

/** {@code ./cutis bench}, started by the application's main without Spring (see {@link Bench}). */
public final class BenchCommand {
	private BenchCommand() {
	}

	/** Runs the benchmark; returns the exit code. */
	public static int run(String[] args) {
		return Bench.main(args);
	}
}
