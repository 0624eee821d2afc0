package org.cutis.rules.melanoma;

import static org.cutis.rules.melanoma.MelanomaStage.IIIA;
import static org.cutis.rules.melanoma.MelanomaStage.IIIB;
import static org.cutis.rules.melanoma.MelanomaStage.IIIC;
import static org.cutis.rules.melanoma.MelanomaStage.IIID;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;
import org.cutis.rules.common.StagingClassification;

/**
 * AJCC 8th melanoma stage groups (reference 1.5 clinical, 1.6 pathological with the full
 * stage III grid). Cells the edition marks not applicable are errors, never a nearest guess.
 * Note the deliberate asymmetry: T1b N0 M0 is IB clinically but IA pathologically.
 */
public final class MelanomaStagePolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("melanoma of the skin, stage groups");

	/** Pathological stage III grid; columns N1a, N1b, N1c, N2a, N2b, N2c, N3a, N3b, N3c; null = n/a. */
	private static final Map<MelanomaT, MelanomaStage[]> PATHOLOGICAL_III = new EnumMap<>(MelanomaT.class);
	private static final Map<MelanomaT, String> GRID_ROW = new EnumMap<>(MelanomaT.class);

	static {
		row("T0", new MelanomaStage[] {null, IIIB, IIIB, null, IIIC, IIIC, null, IIIC, IIIC}, MelanomaT.T0);
		row("T1a, T1b, T2a", new MelanomaStage[] {IIIA, IIIB, IIIB, IIIA, IIIB, IIIC, IIIC, IIIC, IIIC},
				MelanomaT.T1A, MelanomaT.T1B, MelanomaT.T2A);
		row("T2b, T3a", new MelanomaStage[] {IIIB, IIIB, IIIB, IIIB, IIIB, IIIC, IIIC, IIIC, IIIC},
				MelanomaT.T2B, MelanomaT.T3A);
		row("T3b, T4a", new MelanomaStage[] {IIIC, IIIC, IIIC, IIIC, IIIC, IIIC, IIIC, IIIC, IIIC},
				MelanomaT.T3B, MelanomaT.T4A);
		row("T4b", new MelanomaStage[] {IIIC, IIIC, IIIC, IIIC, IIIC, IIIC, IIID, IIID, IIID}, MelanomaT.T4B);
	}

	private static void row(String label, MelanomaStage[] cells, MelanomaT... ts) {
		for (MelanomaT t : ts) {
			PATHOLOGICAL_III.put(t, cells);
			GRID_ROW.put(t, label);
		}
	}

	public Finding<MelanomaStage> stage(StagingClassification classification, MelanomaT t, MelanomaN n, MelanomaM m) {
		String tnm = t.code() + " " + n.code() + " " + m.code();
		boolean clinical = classification == StagingClassification.CLINICAL;
		Explanation basis = clinical ? Explanation.of("rules.why.melanoma.clinicalStageGroupingCTNM") : Explanation.of("rules.why.melanoma.pathologicalStageGroupingPTNM");
		if (m.category().isDistant()) {
			return found(MelanomaStage.IV, Explanation.of("rules.why.melanoma.stageIvDistant", basis, m.code()));
		}
		if (n == MelanomaN.NX) {
			throw new InvalidInputException("n", "rules.invalid.melanoma.nxNotStaged");
		}
		MelanomaStage stage = clinical ? clinical(t, n, tnm) : pathological(t, n, tnm);
		Explanation because = clinical ? clinicalReason(t, n) : pathologicalReason(t, n);
		return found(stage, Explanation.of("rules.why.melanoma.stageIs", basis, tnm, stage.code(), because));
	}

	private MelanomaStage clinical(MelanomaT t, MelanomaN n, String tnm) {
		if (n.isRegionalDisease()) {
			return MelanomaStage.III;
		}
		return localised(t, tnm, true);
	}

	private MelanomaStage pathological(MelanomaT t, MelanomaN n, String tnm) {
		if (!n.isRegionalDisease()) {
			return localised(t, tnm, false);
		}
		if (t == MelanomaT.TX) {
			throw new InvalidInputException("t", "rules.invalid.melanoma.txStageIIINeedsT", "TX " + n.code() + " M0");
		}
		if (t == MelanomaT.TIS) {
			throw new InvalidInputException("n", "rules.invalid.melanoma.tisWithRegionalDisease", tnm);
		}
		MelanomaStage cell = PATHOLOGICAL_III.get(t)[n.order() - 1];
		if (cell == null) {
			throw new InvalidInputException("n", "rules.invalid.melanoma.t0OccultNodesOnly", tnm);
		}
		return cell;
	}

	private MelanomaStage localised(MelanomaT t, String tnm, boolean clinical) {
		return switch (t) {
			case TX -> throw new InvalidInputException("t", "rules.invalid.melanoma.txNotStaged", tnm);
			case T0 -> throw new InvalidInputException("n", "rules.invalid.melanoma.t0NeedsDisease", tnm);
			case TIS -> MelanomaStage.STAGE_0;
			case T1A -> MelanomaStage.IA;
			case T1B -> clinical ? MelanomaStage.IB : MelanomaStage.IA;
			case T2A -> MelanomaStage.IB;
			case T2B, T3A -> MelanomaStage.IIA;
			case T3B, T4A -> MelanomaStage.IIB;
			case T4B -> MelanomaStage.IIC;
		};
	}

	private Explanation clinicalReason(MelanomaT t, MelanomaN n) {
		if (n.isRegionalDisease()) {
			return Explanation.of("rules.why.melanoma.clinicallyAnyTWithRegional");
		}
		return t == MelanomaT.T1B ? Explanation.of("rules.why.melanoma.clinicallyT1bN0IsIB") : Explanation.of("rules.why.melanoma.n0M0RowOfThe");
	}

	private Explanation pathologicalReason(MelanomaT t, MelanomaN n) {
		if (n.isRegionalDisease()) {
			return Explanation.of("rules.why.melanoma.gridCell", GRID_ROW.get(t), n.code());
		}
		return switch (t) {
			case TIS, T1A, T1B -> Explanation.of("rules.why.melanoma.tisAndT1WithN0");
			default -> Explanation.of("rules.why.melanoma.n0M0RowOfThe2");
		};
	}

	private Finding<MelanomaStage> found(MelanomaStage stage, Explanation why) {
		return new Finding<>(stage, List.of(why,
				Explanation.of("rules.why.melanoma.uiccTNM89Melanoma")),
				RULE_SET, SOURCE);
	}
}
