package org.cutis.rules.cscc;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/**
 * AJCC 8th stage groups for cutaneous carcinoma of the head and neck (reference 2.4). AJCC 8th
 * has one stage IV; UICC TNM 9 splits it into IVA (M0) and IVB (M1).
 */
public final class CsccStagePolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("cutaneous carcinoma of the head and neck, stage groups");

	public Finding<CsccStage> stage(CsccT t, CsccN n, boolean distantMetastasis) {
		String tnm = t.code() + " " + n.code() + " " + (distantMetastasis ? "M1" : "M0");
		List<Explanation> why = new ArrayList<>();
		CsccStage stage;
		if (distantMetastasis) {
			stage = CsccStage.IV;
			why.add(Explanation.of("rules.why.cscc.anyTAnyNWith", tnm));
		} else if (n.level() == 3) {
			stage = CsccStage.IV;
			why.add(Explanation.of("rules.why.cscc.anyTWithN3Is", tnm));
		} else if (t.isT4() && n.level() >= 0) {
			stage = CsccStage.IV;
			why.add(Explanation.of("rules.why.cscc.t4WithAnyNIs", tnm));
		} else if (n == CsccN.NX) {
			throw new InvalidInputException("n", "rules.invalid.cscc.nxNotStaged", tnm);
		} else if (t == CsccT.TX) {
			throw new InvalidInputException("t", "rules.invalid.cscc.txNotStaged", tnm);
		} else if (t == CsccT.TIS) {
			if (n != CsccN.N0) {
				throw new InvalidInputException("n", "rules.invalid.cscc.tisOnlyN0", tnm);
			}
			stage = CsccStage.STAGE_0;
			why.add(Explanation.of("rules.why.cscc.tisN0M0IsStage", tnm));
		} else if (n.level() == 2) {
			stage = CsccStage.IV;
			why.add(Explanation.of("rules.why.cscc.t1T3WithN2Is", tnm));
		} else if (n.level() == 1) {
			stage = CsccStage.III;
			why.add(Explanation.of("rules.why.cscc.t1T3WithN1Is", tnm));
		} else {
			stage = switch (t) {
				case T1 -> CsccStage.I;
				case T2 -> CsccStage.II;
				default -> CsccStage.III;
			};
			why.add(Explanation.of("rules.why.cscc.n0M0IsStage", tnm, t.code(), stage.code()));
		}
		if (stage == CsccStage.IV) {
			why.add(Explanation.of("rules.why.cscc.ajcc8thHasASingle", distantMetastasis ? "IVB" : "IVA"));
		}
		return new Finding<>(stage, why, RULE_SET, SOURCE);
	}
}
