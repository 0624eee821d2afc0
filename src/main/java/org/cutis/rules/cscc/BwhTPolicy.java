package org.cutis.rules.cscc;

import org.cutis.rules.common.Explanation;
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
		List<Explanation> why = new ArrayList<>();
		List<String> unrecorded = new ArrayList<>();
		if (tumour.diameter() == null) {
			unrecorded.add(DIAMETER);
		}
		if (tumour.differentiation() == null) {
			unrecorded.add(DIFFERENTIATION);
		}
		if (tumour.boneInvasion()) {
			why.add(Explanation.of("rules.why.cscc.boneInvasionIsBWHT3"));
			if (!unrecorded.isEmpty()) {
				why.add(Explanation.of("rules.why.cscc.notRecordedButItCannot", unrecorded.stream().map(f -> Explanation.of("rules.why.field." + f)).toList()));
			}
			return new Finding<>(Determination.known(BwhT.T3), why, RULE_SET, SOURCE);
		}
		List<Explanation> present = new ArrayList<>();
		if (tumour.diameter() != null && tumour.diameter().isAtLeast("2")) {
			present.add(Explanation.of("rules.why.cscc.diameter2CmOrMore", tumour.diameter()));
		}
		if (tumour.differentiation() == Differentiation.POOR) {
			present.add(Explanation.of("rules.why.cscc.poorlyDifferentiatedHistology"));
		}
		if (tumour.perineuralNerveAtLeast01mm()) {
			present.add(Explanation.of("rules.why.cscc.perineuralInvasionOfANerve"));
		}
		if (tumour.beyondSubcutaneousFat()) {
			present.add(Explanation.of("rules.why.cscc.invasionBeyondTheSubcutaneousFat"));
		}
		int factors = present.size();
		// Each unrecorded input may or may not be a factor: the class lies between these counts.
		Set<BwhT> possible = new LinkedHashSet<>();
		for (int more = 0; more <= unrecorded.size(); more++) {
			possible.add(BwhT.forRiskFactors(factors + more));
		}
		why.add(factors == 0 ? Explanation.of("rules.why.cscc.noBwhFactor") : Explanation.of("rules.why.cscc.bwhFactors", factors, present));
		if (tumour.differentiation() == Differentiation.MODERATE) {
			why.add(Explanation.of("rules.why.cscc.moderateDifferentiationIsNotA"));
		}
		Determination<BwhT> t;
		if (possible.size() > 1) {
			t = Determination.indeterminate(possible, unrecorded);
			why.add(Explanation.of(unrecorded.size() == 1 ? "rules.why.cscc.bwhIndeterminateOne" : "rules.why.cscc.bwhIndeterminateMany",
					Explanation.list(Explanation.AND, unrecorded.stream().map(f -> Explanation.of("rules.why.field." + f)).toList()),
					Explanation.list(Explanation.AND, possible.stream().map(BwhT::code).toList())));
			if (tumour.diameter() == null) {
				why.add(Explanation.of("rules.why.cscc.missingDiameterCmADiameterOf"));
			}
			if (tumour.differentiation() == null) {
				why.add(Explanation.of("rules.why.cscc.missingDifferentiationPoorDifferentiationIs"));
			}
		} else {
			BwhT known = possible.iterator().next();
			t = Determination.known(known);
			if (!unrecorded.isEmpty()) {
				why.add(Explanation.of("rules.why.cscc.notRecordedButItCannot2", unrecorded.stream().map(f -> Explanation.of("rules.why.field." + f)).toList()));
			}
			why.add(switch (known) {
				case T1 -> Explanation.of("rules.why.cscc.bwhT1");
				case T2A -> Explanation.of("rules.why.cscc.bwhT2a");
				case T2B -> Explanation.of("rules.why.cscc.bwhT2b");
				case T3 -> Explanation.of("rules.why.cscc.bwhT3");
			});
		}
		why.add(Explanation.of("rules.why.cscc.bwhStagingIsUsedFor"));
		return new Finding<>(t, why, RULE_SET, SOURCE);
	}

}
