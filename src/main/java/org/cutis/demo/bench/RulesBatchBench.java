package org.cutis.demo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The registry batch in {@code ./cutis bench}: a generated mixed file ({@link RulesBatchInput}) is
 * answered by {@code java -jar cutis.jar rules} and by its floor ({@code rules --floor}), each a
 * child process with the launcher's JVM options, input and output in files as a registry runs it,
 * twice each in turns, the faster run of each counting. Wall time is from the child's start to its
 * exit, the JVM's start included, as a user waits for it.
 * Peak RSS is the child's VmHWM in Linux's /proc, polled while it runs (it only grows, so the last
 * reading is the peak to within one poll); elsewhere it is null.
 */
public final class RulesBatchBench {

	/** The operation's name for {@code --only} ({@code --only rules}). */
	public static final String NAME = "rules batch";

	/** The JVM options of {@code cmd_rules} in the {@code ./cutis} launcher (a test holds the two together). */
	public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

	static final long SEED = 17;
	/** Runs of each, in turns; the fastest counts. */
	static final int RUNS = 2;
	private static final long POLL_MILLIS = 20;

	private RulesBatchBench() {
	}

	/** What one child run took. */
	record Run(double seconds, Long peakRssKb, long answers) {

		/**
		 * The fastest time of two runs (the one least disturbed by whatever else the machine ran) with
		 * the higher peak RSS of the two (memory is not flattered by picking).
		 */
		static Run best(Run a, Run b) {
			if (a == null) {
				return b;
			}
			Long peak = a.peakRssKb() == null ? b.peakRssKb()
					: b.peakRssKb() == null ? a.peakRssKb() : Long.valueOf(Math.max(a.peakRssKb(), b.peakRssKb()));
			return new Run(Math.min(a.seconds(), b.seconds()), peak, Math.min(a.answers(), b.answers()));
		}
	}

	private static Run answeredAll(Run run, long lines) {
		if (run.answers() != lines) {
			throw new IllegalStateException("the batch answered " + run.answers() + " of " + lines + " lines");
		}
		return run;
	}

	/** The batch and its floor on the same input: the figures of the report. */
	public record Figures(long lines, Run batch, Run floor) {

		public long linesPerMinute() {
			return perMinute(lines, batch.seconds());
		}

		public long floorLinesPerMinute() {
			return perMinute(lines, floor.seconds());
		}

		/** How many times the floor's time the batch takes (1 is the floor itself). */
		public Double ratio() {
			return Latencies.ratio(batch.seconds(), floor.seconds());
		}

		public Long peakRssMb() {
			return mib(batch.peakRssKb());
		}

		public Long floorPeakRssMb() {
			return mib(floor.peakRssKb());
		}

		String json() {
			return String.format(Locale.ROOT,
					"{\"lines\": %d, \"linesPerMinute\": %d, \"floorLinesPerMinute\": %d, \"ratio\": %s, \"peakRssMb\": %s, \"floorPeakRssMb\": %s}",
					lines, linesPerMinute(), floorLinesPerMinute(), ratio(), peakRssMb(), floorPeakRssMb());
		}

		String table() {
			return String.format(Locale.ROOT,
					"%s: %,d lines in %.2f s, %,d lines/min, peak RSS %s MB; floor %.2f s, %,d lines/min, peak RSS %s MB; ratio %s%n",
					NAME, lines, batch.seconds(), linesPerMinute(), peakRssMb(), floor.seconds(), floorLinesPerMinute(),
					floorPeakRssMb(), ratio());
		}
	}

	/**
	 * The figures when the options ask for the batch; null, said on standard error, when they do not
	 * or it could not be measured (the other operations are still measured).
	 */
	public static Figures measureIfAsked(BenchOptions options) {
		if (!options.measures(NAME)) {
			return null;
		}
		try {
			return measure(options.rulesLines());
		}
		catch (IOException | RuntimeException e) {
			System.err.println(NAME + " not measured: " + e.getMessage());
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Generates the input, runs the batch then its floor, and checks each answered every line. */
	public static Figures measure(int lines) throws IOException, InterruptedException {
		String jar = System.getProperty("cutis.jar");
		if (jar == null) {
			throw new IllegalStateException("-Dcutis.jar is not set (run through ./cutis bench)");
		}
		Path input = Files.createTempFile("cutis-rules-bench-", ".jsonl");
		Path output = Files.createTempFile("cutis-rules-bench-", ".out.jsonl");
		try {
			RulesBatchInput.write(input, lines, SEED);
			Run batch = null;
			Run floor = null;
			// in turns, so that a burst of other work on the machine falls on both alike
			for (int i = 0; i < RUNS; i++) {
				batch = Run.best(batch, answeredAll(run(command(jar, false), input, output), lines));
				floor = Run.best(floor, answeredAll(run(command(jar, true), input, output), lines));
			}
			return new Figures(lines, batch, floor);
		}
		finally {
			Files.deleteIfExists(input);
			Files.deleteIfExists(output);
		}
	}

	static List<String> command(String jar, boolean floor) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-jar", jar, "rules"));
		if (floor) {
			command.add("--floor");
		}
		return command;
	}

	private static Run run(List<String> command, Path input, Path output) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(input.toFile())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		long started = System.nanoTime();
		Process child = builder.start();
		Long peak = null;
		while (!child.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
			Long now = peakRssKb(child.pid());
			peak = now == null ? peak : now;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (child.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + child.exitValue());
		}
		try (Stream<String> answers = Files.lines(output)) {
			return new Run(seconds, peak, answers.count());
		}
	}

	/** VmHWM, the process's peak resident set so far, from /proc; null where there is none. */
	static Long peakRssKb(long pid) {
		try {
			return vmHwmKb(Files.readAllLines(Path.of("/proc/" + pid + "/status")));
		}
		catch (IOException | RuntimeException e) {
			// not Linux, or the child has just exited
			return null;
		}
	}

	static Long vmHwmKb(List<String> status) {
		for (String line : status) {
			if (line.startsWith("VmHWM:")) {
				String[] words = line.substring("VmHWM:".length()).trim().split("\\s+");
				return words[1].equalsIgnoreCase("kB") ? Long.parseLong(words[0]) : null;
			}
		}
		return null;
	}

	static long perMinute(long lines, double seconds) {
		return Math.round(lines * 60 / seconds);
	}

	private static Long mib(Long kib) {
		return kib == null ? null : Math.round(kib / 1024.0);
	}
}
