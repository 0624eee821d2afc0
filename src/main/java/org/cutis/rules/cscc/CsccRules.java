package org.cutis.rules.cscc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.common.StagingClassification;
import org.cutis.rules.common.TnmCodes;
import org.cutis.rules.common.TumorDiameter;

/** The cutaneous SCC rules of the batch contract. */
public final class CsccRules {

	private static final CsccTCategoryPolicy T_POLICY = new CsccTCategoryPolicy();
	private static final BwhTPolicy BWH_POLICY = new BwhTPolicy();
	private static final CsccNCategoryPolicy N_POLICY = new CsccNCategoryPolicy();
	private static final CsccStagePolicy STAGE_POLICY = new CsccStagePolicy();

	private CsccRules() {
	}

	public static List<Rule> all() {
		return List.of(
				new NamedRule("cscc.t", CsccRules::t),
				new NamedRule("cscc.bwh", CsccRules::bwh),
				new NamedRule("cscc.n", CsccRules::n),
				new NamedRule("cscc.stage", CsccRules::stage));
	}

	static RuleAnswer t(RuleInput in) {
		CsccPrimaryFindings tumour = new CsccPrimaryFindings(in.flag("inSitu"), diameter(in), in.decimal("depthMm").orElse(null),
				in.flag("beyondSubcutaneousFat"), in.flag("perineuralInvasion"),
				in.code("bone", BoneInvasion.class, BoneInvasion.NONE));
		Finding<CsccT> t = T_POLICY.classify(tumour);
		return RuleAnswer.of(t.value().code(), t);
	}

	static RuleAnswer bwh(RuleInput in) {
		BwhFindings tumour = new BwhFindings(diameter(in), in.code("differentiation", Differentiation.class).orElse(null),
				in.flag("perineuralNerveAtLeast01mm"), in.flag("beyondSubcutaneousFat"), in.flag("boneInvasion"));
		Finding<Determination<BwhT>> t = BWH_POLICY.classify(tumour);
		return RuleAnswer.of(t, BwhT::code);
	}

	static RuleAnswer n(RuleInput in) {
		StagingClassification classification = in.requiredCode("classification", StagingClassification.class);
		List<MetastaticNode> nodes = new ArrayList<>();
		for (RuleInput node : in.objects("nodes")) {
			NodeSide side = node.requiredCode("side", NodeSide.class);
			var size = node.decimal("sizeCm").orElseThrow(
					() -> new InvalidInputException(node.path("sizeCm"), "rules.invalid.cscc.nodeSizeRequired", 0, 30));
			try {
				nodes.add(new MetastaticNode(side, size, node.flag("ene")));
			} catch (InvalidInputException e) {
				throw new InvalidInputException(node.path("sizeCm"), e.problem());
			}
		}
		Finding<CsccN> n = N_POLICY.classify(classification, nodes);
		return RuleAnswer.of(n.value().code(), n);
	}

	static RuleAnswer stage(RuleInput in) {
		CsccT t = CsccT.parse(in.requiredText("t", "rules.invalid.what.t"), "t");
		CsccN n = CsccN.parse(in.requiredText("n", "rules.invalid.what.n"), "n");
		String m = TnmCodes.normalise(in.requiredText("m", "rules.invalid.what.m")).toUpperCase(Locale.ROOT);
		if (!m.equals("M0") && !m.equals("M1")) {
			throw new InvalidInputException("m", "rules.invalid.cscc.m", "m");
		}
		Finding<CsccStage> stage = STAGE_POLICY.stage(t, n, m.equals("M1"));
		return RuleAnswer.of(stage.value().code(), stage);
	}

	private static TumorDiameter diameter(RuleInput in) {
		return in.decimal("diameterCm").map(TumorDiameter::new).orElse(null);
	}
}
