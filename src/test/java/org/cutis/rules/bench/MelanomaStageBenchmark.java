package org.cutis.rules.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.common.StagingClassification;
import org.cutis.rules.melanoma.MelanomaM;
import org.cutis.rules.melanoma.MelanomaN;
import org.cutis.rules.melanoma.MelanomaStage;
import org.cutis.rules.melanoma.MelanomaStagePolicy;
import org.cutis.rules.melanoma.MelanomaT;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one melanoma stage computation, through the map-based engine (what the HTTP endpoint
 * and batch mode pay) and through the typed policy (what a staging module calling Java pays).
 * Cycles through all 81 pathological stage III cells plus N0 and M1 cases so no branch is
 * constant-folded. Run: see docs/rules-performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MelanomaStageBenchmark {

	private RuleEngine engine;
	private MelanomaStagePolicy policy;
	private List<Map<String, Object>> inputs;
	private MelanomaT[] ts;
	private MelanomaN[] ns;
	private MelanomaM[] ms;
	private int next;

	@Setup
	public void setUp() {
		engine = new RuleEngine();
		policy = new MelanomaStagePolicy();
		inputs = new ArrayList<>();
		List<MelanomaT> tList = new ArrayList<>();
		List<MelanomaN> nList = new ArrayList<>();
		List<MelanomaM> mList = new ArrayList<>();
		String[] tCodes = {"T1a", "T1b", "T2a", "T2b", "T3a", "T3b", "T4a", "T4b"};
		String[] nCodes = {"N0", "N1a", "N1b", "N1c", "N2a", "N2b", "N2c", "N3a", "N3b", "N3c"};
		String[] mCodes = {"M0", "M0", "M0", "M1c(1)"};
		int i = 0;
		for (String t : tCodes) {
			for (String n : nCodes) {
				String m = mCodes[i++ % mCodes.length];
				inputs.add(Map.of("classification", "pathological", "t", t, "n", n, "m", m));
				tList.add(MelanomaT.parse(t, "t"));
				nList.add(MelanomaN.parse(n, "n"));
				mList.add(MelanomaM.parse(m, "m"));
			}
		}
		ts = tList.toArray(MelanomaT[]::new);
		ns = nList.toArray(MelanomaN[]::new);
		ms = mList.toArray(MelanomaM[]::new);
	}

	private int nextCase() {
		int i = next;
		next = i + 1 == ts.length ? 0 : i + 1;
		return i;
	}

	@Benchmark
	public RuleOutcome stageViaEngine() {
		return engine.evaluate("melanoma.stage", inputs.get(nextCase()));
	}

	@Benchmark
	public MelanomaStage stageViaTypedPolicy() {
		int i = nextCase();
		return policy.stage(StagingClassification.PATHOLOGICAL, ts[i], ns[i], ms[i]).value();
	}
}
