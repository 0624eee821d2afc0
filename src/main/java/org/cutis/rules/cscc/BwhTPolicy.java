package org.cutis.rules.cscc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * BWH T staging (reference 2.5, Decision 3): count four risk factors (diameter &ge; 2 cm,
 * poor differentiation, PNI of a nerve &ge; 0.1 mm, invasion beyond subcutaneous fat);
 * bone invasion is T3 directly. The "&ge; 2 cm" factor agrees with the AJCC size wording. When a
 * missing diameter or differentiation could change the class, the answer is indeterminate and
 * names them; a missing differentiation is never read as "not poor".
 */
public final class BwhTPolicy {

	public static final RuleSet RULE_SET = RuleSet.BWH;
	public static final String SOURCE = RULE_SET.source("T staging");

	/** Contract names of the inputs whose absence can leave the class undecided, in contract order. */
	public static final String DIAMETER = "diameterCm";
	public static final String DIFFERENTIATION = "differentiation";

	public Finding<Determination<BwhT>> classify(BwhFindings tumour) {
		List<String> why = new ArrayList<>();
		List<String> unrecorded = new ArrayList<>();
		if (tumour.diameter() == null) {
			unrecorded.add(DIAMETER);
		}
		if (tumour.differentiation() == null) {
			unrecorded.add(DIFFERENTIATION);
		}
		if (tumour.boneInvasion()) {
			why.add("Bone invasion is BWH T3 directly, whatever the other factors");
			if (!unrecorded.isEmpty()) {
				why.add("Not recorded, but it cannot change the class: " + String.join(", ", unrecorded));
			}
			return new Finding<>(Determination.known(BwhT.T3), why, RULE_SET, SOURCE);
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
		// Each unrecorded input may or may not be a factor: the class lies between these counts.
		Set<BwhT> possible = new LinkedHashSet<>();
		for (int more = 0; more <= unrecorded.size(); more++) {
			possible.add(BwhT.forRiskFactors(factors + more));
		}
		why.add(factors == 0 ? "No BWH risk factor recorded" : "BWH risk factors recorded (" + factors + "): " + String.join(", ", present));
		if (tumour.differentiation() == Differentiation.MODERATE) {
			why.add("Moderate differentiation is not a BWH risk factor (only poor differentiation counts)");
		}
		Determination<BwhT> t;
		if (possible.size() > 1) {
			t = Determination.indeterminate(possible, unrecorded);
			why.add("Indeterminate: the missing " + String.join(" and ", unrecorded) + " decide" + (unrecorded.size() == 1 ? "s" : "")
					+ " between BWH " + join(possible) + "; record " + (unrecorded.size() == 1 ? "it" : "them")
					+ " to get the class (a missing value is never read as absent risk)");
			if (tumour.diameter() == null) {
				why.add("Missing diameterCm: a diameter of 2 cm or more is a risk factor");
			}
			if (tumour.differentiation() == null) {
				why.add("Missing differentiation: poor differentiation is a risk factor (well or moderate is not)");
			}
		} else {
			BwhT known = possible.iterator().next();
			t = Determination.known(known);
			if (!unrecorded.isEmpty()) {
				why.add("Not recorded, but it cannot change the class here: " + String.join(", ", unrecorded));
			}
			why.add(switch (known) {
				case T1 -> "0 risk factors is BWH T1";
				case T2A -> "1 risk factor is BWH T2a";
				case T2B -> "2-3 risk factors is BWH T2b";
				case T3 -> "4 risk factors is BWH T3";
			});
		}
		why.add("BWH staging is used for cutaneous SCC at any body site, not only the head and neck (unverified [M] in the Cutis reference)");
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}

	private static String join(Set<BwhT> classes) {
		List<String> codes = classes.stream().map(BwhT::code).toList();
		return codes.size() == 2 ? codes.get(0) + " and " + codes.get(1)
				: String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
	}
}
