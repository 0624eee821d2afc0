package org.cutis.referral;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Serves the triage worklist ({@code /referrals/triage}, 60,046 referrals at 100,000 patients) and
 * the generator's bulk load: the worklist orders by the {@link TriagePriority} rank the referral
 * keeps (red flag first, then urgency), so the database reads a page from an index; the rank is
 * computed in Java when a referral is received or re-triaged, and for each of the 599,600 generated
 * referrals of a million patients. Measures that computation over the six combinations, to show it
 * is not where the page's time goes (the ordering itself is the index's).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TriagePriorityBenchmark {
	private static final Urgency[] URGENCIES = Urgency.values();
	private int next;

	@Benchmark
	public short rank() {
		int i = next++ & 0x7fffffff;
		return TriagePriority.of((i & 1) == 0, URGENCIES[(i >> 1) % URGENCIES.length]);
	}
}
