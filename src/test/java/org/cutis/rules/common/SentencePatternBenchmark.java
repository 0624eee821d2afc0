package org.cutis.rules.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serves the registry batch and every rule explanation shown on a page (staging, the CTCAE grade,
 * the margin advice): each sentence of an explanation is a bundle pattern filled with its values,
 * several per line of a batch. {@link SentencePattern} fills a pattern parsed once with a
 * StringBuilder where {@link MessageFormat} walked its parsed pattern through a synchronized
 * StringBuffer every time; this measures both on a Korean sentence of the rules' bundle with two
 * values, and {@code format} after a fresh parse (what each sentence cost before patterns were kept
 * per thread).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SentencePatternBenchmark {
	private static final String PATTERN = "부위 {0} ({1}: 크기와 관계없이 고위험)";
	private static final String[][] VALUES = { { "코", "H 구역" }, { "왼쪽 뺨", "M 구역" }, { "손등", "L 구역" },
			{ "귀", "H 구역" } };

	private SentencePattern pattern;
	private MessageFormat format;
	private int next;

	@Setup
	public void setUp() {
		pattern = new SentencePattern(PATTERN);
		format = new MessageFormat(PATTERN, Locale.ROOT);
	}

	private Object[] nextValues() {
		int i = next;
		next = i + 1 == VALUES.length ? 0 : i + 1;
		return VALUES[i];
	}

	@Benchmark
	public String sentencePattern() {
		return pattern.format(nextValues());
	}

	@Benchmark
	public String messageFormatKept() {
		return format.format(nextValues());
	}

	@Benchmark
	public String messageFormatParsedEachTime() {
		return new MessageFormat(PATTERN, Locale.ROOT).format(nextValues());
	}
}
