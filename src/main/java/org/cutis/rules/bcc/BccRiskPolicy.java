package org.cutis.rules.bcc;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * NCCN Basal Cell Skin Cancer v2.2021 low/high recurrence risk (reference 3.1, Decision 4).
 * One high-risk factor makes the tumour high risk; "low" needs every factor to be known low.
 * When no recorded factor is high and a missing site, diameter, border or subtype could still
 * make it high, the answer is indeterminate and names those inputs, never a guessed "low".
 */
public final class BccRiskPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_BCC_2_2021;
	public static final String SOURCE = RULE_SET.source("stratification to determine treatment options and follow-up");

	/** Contract names of the inputs whose absence can leave the risk group undecided, in contract order. */
	public static final String SITE = "site";
	public static final String DIAMETER = "diameterCm";
	public static final String BORDERS = "borders";
	public static final String SUBTYPE = "subtype";

	public Finding<Determination<BccRisk>> assess(BccFindings bcc) {
		List<Explanation> high = new ArrayList<>();
		List<Explanation> notes = new ArrayList<>();
		// inputs not recorded that could still make the tumour high risk, and what each one decides
		List<String> missing = new ArrayList<>();
		List<Explanation> decides = new ArrayList<>();
		List<String> unrecorded = new ArrayList<>();

		if (bcc.site() == null) {
			unrecorded.add(SITE);
			if (bcc.diameter() != null && bcc.diameter().isAtLeast("2")) {
				high.add(Explanation.of("rules.why.bcc.diameter2CmOrMore", bcc.diameter()));
			} else {
				missing.add(SITE);
				decides.add(Explanation.of("rules.why.bcc.siteTheMaskAreaOf"));
				if (bcc.diameter() == null) {
					unrecorded.add(DIAMETER);
					missing.add(DIAMETER);
					decides.add(Explanation.of("rules.why.bcc.diametercmOnTheTrunkOr"));
				} else {
					notes.add(Explanation.of("rules.why.bcc.diameterIsUnder2Cm", bcc.diameter()));
				}
			}
		} else {
			BccLocation location = BccLocation.of(bcc.site());
			if (location.isHighRiskAtAnySize()) {
				high.add(Explanation.of("rules.why.bcc.locationHighRiskAtAny", bcc.site().code(), Explanation.of("rules.why.bcc.location." + location.name())));
				if (bcc.diameter() == null) {
					unrecorded.add(DIAMETER);
				}
				if (location == BccLocation.MASK_GENITALIA_HANDS_FEET && bcc.diameter() != null && !bcc.diameter().isAtLeast("0.6")) {
					notes.add(Explanation.of("rules.why.bcc.nccnFootnoteMaskAreaTumours"));
				}
			} else if (bcc.diameter() == null) {
				unrecorded.add(DIAMETER);
				missing.add(DIAMETER);
				decides.add(Explanation.of("rules.why.bcc.diametercmABCCOnThe"));
			} else if (bcc.diameter().isAtLeast("2")) {
				high.add(Explanation.of("rules.why.bcc.trunkExtremityTumourOf2", bcc.diameter()));
			} else {
				notes.add(Explanation.of("rules.why.bcc.trunkExtremityTumourOfUnder", bcc.diameter()));
			}
			if (bcc.site() == AnatomicSite.ANKLE) {
				notes.add(Explanation.of("rules.why.bcc.theAnkleIsReadAs"));
			}
			if (bcc.site() == AnatomicSite.NIPPLE) {
				notes.add(Explanation.of("rules.why.bcc.nccnDoesNotListThe"));
			}
		}
		if (bcc.poorlyDefined() == null) {
			unrecorded.add(BORDERS);
			missing.add(BORDERS);
			decides.add(Explanation.of("rules.why.bcc.bordersPoorlyDefinedBordersAre"));
		} else if (bcc.poorlyDefined()) {
			high.add(Explanation.of("rules.why.bcc.poorlyDefinedBorders"));
		}
		if (bcc.recurrent()) {
			high.add(Explanation.of("rules.why.bcc.recurrentTumour"));
		}
		if (bcc.priorRadiotherapy()) {
			high.add(Explanation.of("rules.why.bcc.siteOfPriorRadiotherapy"));
		}
		if (bcc.subtype() == null) {
			unrecorded.add(SUBTYPE);
			missing.add(SUBTYPE);
			decides.add(Explanation.of("rules.why.bcc.subtypeAnAggressiveGrowthPattern"));
		} else if (bcc.subtype().isAggressive()) {
			high.add(Explanation.of("rules.why.bcc.aggressiveGrowthPattern", Explanation.of("rules.option.subtype." + bcc.subtype().code())));
		}
		if (bcc.perineural()) {
			high.add(Explanation.of("rules.why.bcc.perineuralInvolvement"));
		}

		List<Explanation> why = new ArrayList<>();
		Determination<BccRisk> risk;
		if (!high.isEmpty()) {
			risk = Determination.known(BccRisk.HIGH);
			why.add(Explanation.of("rules.why.bcc.highRiskBecauseOf", Explanation.list(Explanation.SEMICOLONS, high)));
			if (!unrecorded.isEmpty()) {
				why.add(Explanation.of("rules.why.bcc.notRecordedButItCannot", unrecorded.stream().map(f -> Explanation.of("rules.why.field." + f)).toList()));
			}
		} else if (!missing.isEmpty()) {
			risk = Determination.indeterminate(EnumSet.of(BccRisk.LOW, BccRisk.HIGH), missing);
			why.add(Explanation.of(missing.size() == 1 ? "rules.why.bcc.indeterminateOne" : "rules.why.bcc.indeterminateMany",
					Explanation.list(Explanation.AND, missing.stream().map(f -> Explanation.of("rules.why.field." + f)).toList())));
			decides.forEach(line -> why.add(Explanation.of("rules.why.bcc.missing", line)));
		} else {
			risk = Determination.known(BccRisk.LOW);
			why.add(Explanation.of("rules.why.bcc.lowRiskNoNCCNHigh"));
		}
		why.addAll(notes);
		why.add(Explanation.of("rules.why.bcc.immunosuppressionListedByOlderNCCN"));
		return new Finding<>(risk, why, RULE_SET, SOURCE);
	}

}
