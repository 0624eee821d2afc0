package org.cutis.rules.cscc;

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
		List<String> why = new ArrayList<>();
		why.add("AJCC 8th staging applies to cutaneous carcinoma of the head and neck only (not eyelid, not Merkel cell carcinoma)");
		TumorDiameter size = tumour.diameter();
		if (size != null && (size.isExactly("2") || size.isExactly("4"))) {
			why.add(boundaryNote(size));
		}
		CsccT t = decide(tumour, size, why);
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}

	private CsccT decide(CsccPrimaryFindings tumour, TumorDiameter size, List<String> why) {
		if (tumour.inSitu()) {
			why.add("Carcinoma in situ is Tis");
			return CsccT.TIS;
		}
		if (tumour.bone() == BoneInvasion.SKULL_BASE) {
			why.add("Skull base invasion and/or skull base foramen involvement is T4b (AJCC 8th; UICC TNM 9 words T4b differently, as axial skeleton/foraminal involvement)");
			return CsccT.T4B;
		}
		if (tumour.bone() == BoneInvasion.GROSS_CORTICAL) {
			why.add("Gross cortical bone or marrow invasion is T4a");
			return CsccT.T4A;
		}
		List<String> t3 = new ArrayList<>();
		if (size != null && size.isAtLeast("4")) {
			t3.add("diameter " + size + " (4 cm or more)");
		}
		if (tumour.bone() == BoneInvasion.MINOR_EROSION) {
			t3.add("minor bone erosion");
		}
		if (tumour.perineuralInvasion()) {
			t3.add("qualifying perineural invasion");
		}
		if (tumour.beyondSubcutaneousFat()) {
			t3.add("deep invasion beyond the subcutaneous fat");
		}
		if (tumour.depthMm() != null && tumour.depthMm().compareTo(DEEP_MM) > 0) {
			t3.add("deep invasion of " + tumour.depthMm().stripTrailingZeros().toPlainString() + " mm (more than 6 mm from the granular layer)");
		}
		if (!t3.isEmpty()) {
			why.add("T3 because of " + String.join(", ", t3));
			return CsccT.T3;
		}
		if (size == null) {
			why.add("No diameter and no T3/T4 feature recorded, so the primary cannot be assessed: TX");
			return CsccT.TX;
		}
		if (size.isAtLeast("2")) {
			why.add("Diameter " + size + " is at least 2 cm and under 4 cm with no T3 feature: T2");
			return CsccT.T2;
		}
		why.add("Diameter " + size + " is under 2 cm with no T3 feature: T1");
		return CsccT.T1;
	}

	private String boundaryNote(TumorDiameter size) {
		boolean two = size.isExactly("2");
		return "At exactly " + (two ? "2.0" : "4.0") + " cm the AJCC (NCI Thesaurus) and UICC texts differ: AJCC '<2 / ≥2–<4 / ≥4 cm' gives "
				+ (two ? "T2" : "T3") + ", UICC '≤2 / >2–≤4 / >4 cm' would give " + (two ? "T1" : "T2")
				+ "; Cutis follows the AJCC wording \"<2 / ≥2–<4 / ≥4 cm\" (Decision 2), flag for review against the licensed AJCC manual";
	}
}
