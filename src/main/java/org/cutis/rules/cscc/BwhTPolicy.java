package org.cutis.rules.cscc;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/**
 * BWH T staging (reference 2.5, Decision 3): count four risk factors (diameter &ge; 2 cm,
 * poor differentiation, PNI of a nerve &ge; 0.1 mm, invasion beyond subcutaneous fat);
 * bone invasion is T3 directly. The "&ge; 2 cm" factor agrees with the AJCC size wording.
 */
public final class BwhTPolicy {

	public static final RuleSet RULE_SET = RuleSet.BWH;
	public static final String SOURCE = RULE_SET.source("T staging");

	public Finding<BwhT> classify(BwhFindings tumour) {
		List<String> why = new ArrayList<>();
		if (tumour.boneInvasion()) {
			why.add("Bone invasion is BWH T3 directly, whatever the other factors");
			return new Finding<>(BwhT.T3, why, RULE_SET, SOURCE);
		}
		List<String> present = new ArrayList<>();
		if (tumour.diameter() != null && tumour.diameter().isAtLeast("2")) {
			present.add("diameter " + tumour.diameter() + " (2 cm or more)");
		}
		if (tumour.differentiation() == Differentiation.POOR) {
			present.add("poorly differentiated histology");
		}
		if (tumour.perineuralNerveAtLeast01mm()) {
			present.add("perineural invasion of a nerve of 0.1 mm or more");
		}
		if (tumour.beyondSubcutaneousFat()) {
			present.add("invasion beyond the subcutaneous fat");
		}
		int factors = present.size();
		BwhT t = BwhT.forRiskFactors(factors);
		if (tumour.diameter() == null) {
			// Without a diameter the count may be one higher; answer only when that cannot change the class.
			if (BwhT.forRiskFactors(factors + 1) != t) {
				throw new InvalidInputException("diameterCm",
						"Tumour diameter (0 to 100 cm) is required: with " + factors + " other risk factor(s) it decides between BWH "
								+ t.code() + " and " + BwhT.forRiskFactors(factors + 1).code());
			}
			why.add("Diameter not recorded; it cannot change the class here");
		}
		if (tumour.differentiation() == null) {
			why.add("Differentiation not recorded: not counted as poorly differentiated");
		} else if (tumour.differentiation() == Differentiation.MODERATE) {
			why.add("Moderate differentiation is not a BWH risk factor (only poor differentiation counts)");
		}
		why.add(factors == 0 ? "No BWH risk factor present" : "BWH risk factors present (" + factors + "): " + String.join(", ", present));
		why.add(switch (t) {
			case T1 -> "0 risk factors is BWH T1";
			case T2A -> "1 risk factor is BWH T2a";
			case T2B -> "2-3 risk factors is BWH T2b";
			case T3 -> "4 risk factors is BWH T3";
		});
		why.add("BWH staging is used for cutaneous SCC at any body site, not only the head and neck (unverified [M] in the Cutis reference)");
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}
}
