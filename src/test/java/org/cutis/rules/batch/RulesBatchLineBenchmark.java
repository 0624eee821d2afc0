package org.cutis.rules.batch;

import java.util.concurrent.TimeUnit;

import org.cutis.rules.RuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serves the registry batch ({@code ./cutis rules}, 12.4 M lines/min at the benchmark, its floor
 * 20.2 M): the work one worker thread of {@link BatchPipeline} does for one request line, that is
 * the JSON read, the rule evaluated with its explanation in English or Korean, and the answer
 * written as UTF-8 bytes ({@link RulesBatch#response}, {@link RulesBatch#writeUtf8}); and the same
 * line answered by the floor ({@link RulesFloor}), which reads and writes alike but evaluates
 * nothing. {@code MelanomaStageBenchmark} measures the evaluation alone. The lines: every rule of
 * the contract, as {@code docs/gen-rules-batch.py} makes them, one in sixteen invalid (a Breslow thickness that is not a number), each also
 * asked in Korean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesBatchLineBenchmark {
	private static final String[] LINES = {
			"{\"id\":\"case-0\",\"rule\":\"melanoma.t\",\"input\":{\"breslowMm\":4.18,\"ulceration\":false}}",
			"{\"id\":\"case-1\",\"rule\":\"melanoma.n\",\"input\":{\"occultNodes\":2,\"clinicalNodes\":1,\"itm\":true}}",
			"{\"id\":\"case-2\",\"rule\":\"melanoma.m\",\"input\":{\"sites\":[\"skin\",\"lung\"],\"ldh\":\"normal\"}}",
			"{\"id\":\"case-3\",\"rule\":\"melanoma.stage\",\"input\":{\"classification\":\"clinical\",\"t\":\"T2b\",\"n\":\"N2c\",\"m\":\"M1b(0)\"}}",
			"{\"id\":\"case-4\",\"rule\":\"melanoma.stage\",\"input\":{\"classification\":\"pathological\",\"t\":\"T3a\",\"n\":\"N3b\",\"m\":\"M0\"}}",
			"{\"id\":\"case-5\",\"rule\":\"melanoma.margin\",\"input\":{\"breslowMm\":3.8}}",
			"{\"id\":\"case-6\",\"rule\":\"melanoma.slnb\",\"input\":{\"t\":\"T4a\"}}",
			"{\"id\":\"case-7\",\"rule\":\"cscc.t\",\"input\":{\"diameterCm\":1.0,\"perineuralInvasion\":false}}",
			"{\"id\":\"case-8\",\"rule\":\"cscc.bwh\",\"input\":{\"diameterCm\":0.7,\"differentiation\":\"well\"}}",
			"{\"id\":\"case-9\",\"rule\":\"cscc.n\",\"input\":{\"classification\":\"pathological\",\"nodes\":[{\"side\":\"ipsilateral\",\"sizeCm\":1.5,\"ene\":false}]}}",
			"{\"id\":\"case-10\",\"rule\":\"cscc.stage\",\"input\":{\"t\":\"T2\",\"n\":\"N1\",\"m\":\"M0\"}}",
			"{\"id\":\"case-11\",\"rule\":\"bcc.risk\",\"input\":{\"site\":\"thigh\",\"diameterCm\":0.5,\"subtype\":\"infiltrative\"}}",
			"{\"id\":\"case-12\",\"rule\":\"mohs.auc\",\"input\":{\"tumor\":\"scc-nonaggressive\",\"site\":\"cheek\",\"diameterCm\":1.1,\"patient\":\"healthy\"}}",
			"{\"id\":\"case-13\",\"rule\":\"ctcae.grade\",\"input\":{\"bsaPercent\":20,\"psychosocialImpact\":true,\"term\":\"Rash acneiform\"}}",
			"{\"id\":\"case-14\",\"rule\":\"followup.schedule\",\"input\":{\"diagnosis\":\"melanoma\",\"stage\":\"IIIC\",\"guideline\":\"CCA\"}}",
			"{\"id\":\"case-15\",\"rule\":\"melanoma.t\",\"input\":{\"breslowMm\":\"thick\"}}",
			"{\"id\":\"case-0\",\"rule\":\"melanoma.t\",\"input\":{\"breslowMm\":4.18,\"ulceration\":false},\"lang\":\"ko\"}",
			"{\"id\":\"case-1\",\"rule\":\"melanoma.n\",\"input\":{\"occultNodes\":2,\"clinicalNodes\":1,\"itm\":true},\"lang\":\"ko\"}",
			"{\"id\":\"case-2\",\"rule\":\"melanoma.m\",\"input\":{\"sites\":[\"skin\",\"lung\"],\"ldh\":\"normal\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-3\",\"rule\":\"melanoma.stage\",\"input\":{\"classification\":\"clinical\",\"t\":\"T2b\",\"n\":\"N2c\",\"m\":\"M1b(0)\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-4\",\"rule\":\"melanoma.stage\",\"input\":{\"classification\":\"pathological\",\"t\":\"T3a\",\"n\":\"N3b\",\"m\":\"M0\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-5\",\"rule\":\"melanoma.margin\",\"input\":{\"breslowMm\":3.8},\"lang\":\"ko\"}",
			"{\"id\":\"case-6\",\"rule\":\"melanoma.slnb\",\"input\":{\"t\":\"T4a\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-7\",\"rule\":\"cscc.t\",\"input\":{\"diameterCm\":1.0,\"perineuralInvasion\":false},\"lang\":\"ko\"}",
			"{\"id\":\"case-8\",\"rule\":\"cscc.bwh\",\"input\":{\"diameterCm\":0.7,\"differentiation\":\"well\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-9\",\"rule\":\"cscc.n\",\"input\":{\"classification\":\"pathological\",\"nodes\":[{\"side\":\"ipsilateral\",\"sizeCm\":1.5,\"ene\":false}]},\"lang\":\"ko\"}",
			"{\"id\":\"case-10\",\"rule\":\"cscc.stage\",\"input\":{\"t\":\"T2\",\"n\":\"N1\",\"m\":\"M0\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-11\",\"rule\":\"bcc.risk\",\"input\":{\"site\":\"thigh\",\"diameterCm\":0.5,\"subtype\":\"infiltrative\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-12\",\"rule\":\"mohs.auc\",\"input\":{\"tumor\":\"scc-nonaggressive\",\"site\":\"cheek\",\"diameterCm\":1.1,\"patient\":\"healthy\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-13\",\"rule\":\"ctcae.grade\",\"input\":{\"bsaPercent\":20,\"psychosocialImpact\":true,\"term\":\"Rash acneiform\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-14\",\"rule\":\"followup.schedule\",\"input\":{\"diagnosis\":\"melanoma\",\"stage\":\"IIIC\",\"guideline\":\"CCA\"},\"lang\":\"ko\"}",
			"{\"id\":\"case-15\",\"rule\":\"melanoma.t\",\"input\":{\"breslowMm\":\"thick\"},\"lang\":\"ko\"}"
	};

	private RuleEngine engine;
	private int next;

	@Setup
	public void setUp() {
		engine = new RuleEngine();
	}

	private int nextLine() {
		int i = next;
		next = i + 1 == LINES.length ? 0 : i + 1;
		return i;
	}

	@Benchmark
	public byte[] answerLine() {
		int i = nextLine();
		return RulesBatch.writeUtf8(RulesBatch.response(engine, LINES[i], i + 1));
	}

	@Benchmark
	public byte[] floorLine() {
		int i = nextLine();
		return RulesFloor.answerUtf8(LINES[i], i + 1);
	}
}
