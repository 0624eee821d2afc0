package org.cutis.rules.cscc;

import org.cutis.rules.common.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;
import org.cutis.rules.common.TumorDiameter;

/**
 * AJCC 8th T for cutaneous carcinoma of the head and neck (reference 2.1). Size bands follow
 * the AJCC wording carried by the NCI Thesaurus, "&lt;2 / &ge;2-&lt;4 / &ge;4 cm" (Decision 2),
 * because UICC's "&le;2 / &gt;2-&le;4 / &gt;4 cm" stages exactly 2.0 and 4.0 cm one band lower.
 */
public final class CsccTCategoryPolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("cutaneous carcinoma of the head and neck, T category");

	private static final BigDecimal DEEP_MM = new BigDecimal("6");

	public Finding<CsccT> classify(CsccPrimaryFindings tumour) {
		List<Explanation> why = new ArrayList<>();
		why.add(Explanation.of("rules.why.cscc.ajcc8thStagingAppliesTo"));
		TumorDiameter size = tumour.diameter();
		if (size != null && (size.isExactly("2") || size.isExactly("4"))) {
			why.add(boundaryNote(size));
		}
		CsccT t = decide(tumour, size, why);
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}

	private CsccT decide(CsccPrimaryFindings tumour, TumorDiameter size, List<Explanation> why) {
		if (tumour.inSitu()) {
			why.add(Explanation.of("rules.why.cscc.carcinomaInSituIsTis"));
			return CsccT.TIS;
		}
		if (tumour.bone() == BoneInvasion.SKULL_BASE) {
			why.add(Explanation.of("rules.why.cscc.skullBaseInvasionAndOr"));
			return CsccT.T4B;
		}
		if (tumour.bone() == BoneInvasion.GROSS_CORTICAL) {
			why.add(Explanation.of("rules.why.cscc.grossCorticalBoneOrMarrow"));
			return CsccT.T4A;
		}
		List<Explanation> t3 = new ArrayList<>();
		if (size != null && size.isAtLeast("4")) {
			t3.add(Explanation.of("rules.why.cscc.diameter4CmOrMore", size));
		}
		if (tumour.bone() == BoneInvasion.MINOR_EROSION) {
			t3.add(Explanation.of("rules.why.cscc.minorBoneErosion"));
		}
		if (tumour.perineuralInvasion()) {
			t3.add(Explanation.of("rules.why.cscc.qualifyingPerineuralInvasion"));
		}
		if (tumour.beyondSubcutaneousFat()) {
			t3.add(Explanation.of("rules.why.cscc.deepInvasionBeyondTheSubcutaneous"));
		}
		if (tumour.depthMm() != null && tumour.depthMm().compareTo(DEEP_MM) > 0) {
			t3.add(Explanation.of("rules.why.cscc.deepInvasionOfMmMore", tumour.depthMm().stripTrailingZeros().toPlainString()));
		}
		if (!t3.isEmpty()) {
			why.add(Explanation.of("rules.why.cscc.t3BecauseOf", t3));
			return CsccT.T3;
		}
		if (size == null) {
			why.add(Explanation.of("rules.why.cscc.noDiameterAndNoT3"));
			return CsccT.TX;
		}
		if (size.isAtLeast("2")) {
			why.add(Explanation.of("rules.why.cscc.diameterIsAtLeast2", size));
			return CsccT.T2;
		}
		why.add(Explanation.of("rules.why.cscc.diameterIsUnder2Cm", size));
		return CsccT.T1;
	}

	private Explanation boundaryNote(TumorDiameter size) {
		boolean two = size.isExactly("2");
		return Explanation.of("rules.why.cscc.boundary", two ? "2.0" : "4.0", two ? "T2" : "T3", two ? "T1" : "T2");
	}
}
