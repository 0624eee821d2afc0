package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/**
 * NCCN sentinel lymph-node biopsy tiers (reference 4.2, Decision 7), for clinically node-negative
 * patients, with the two findings that move a thin melanoma out of the "not recommended" tier:
 * in-transit, satellite or microsatellite metastases (ITM: stage III, N1c at least, whatever the
 * T) and uncertain microstaging (a transected deep margin makes the thickness a minimum).
 */
public final class SentinelNodeBiopsyPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_MELANOMA;
	public static final String SOURCE = RULE_SET.source("sentinel lymph node biopsy");

	/** The T tier alone: no ITM recorded, microstaging taken as reliable. */
	public Finding<SlnbRecommendation> recommend(MelanomaT t) {
		return recommend(t, false, false);
	}

	/**
	 * @param t                     the primary's T category (Tis to T4b)
	 * @param itm                   microsatellites, satellite or in-transit metastases are present
	 * @param microstagingUncertain the thickness is a minimum (e.g. a transected deep margin)
	 */
	public Finding<SlnbRecommendation> recommend(MelanomaT t, boolean itm, boolean microstagingUncertain) {
		List<Explanation> why = new ArrayList<>();
		SlnbRecommendation byT = switch (t) {
			case TX, T0 -> throw new InvalidInputException("t", "rules.invalid.melanoma.slnbNeedsT", t.code());
			case TIS -> {
				why.add(Explanation.of("rules.why.melanoma.melanomaInSituSentinelNode"));
				yield SlnbRecommendation.NOT_INDICATED;
			}
			case T1A -> {
				why.add(Explanation.of("rules.why.melanoma.t1aUnder08Mm"));
				if (!itm && !microstagingUncertain) {
					why.add(Explanation.of("rules.why.melanoma.itMayBeDiscussedOnly"));
				}
				yield SlnbRecommendation.NOT_RECOMMENDED;
			}
			case T1B -> {
				why.add(Explanation.of("rules.why.melanoma.t1b0810"));
				yield SlnbRecommendation.CONSIDER;
			}
			default -> {
				why.add(Explanation.of("rules.why.melanoma.moreThan10Mm2", t.code()));
				if (t.thicknessBand() == 4) {
					why.add(Explanation.of("rules.why.melanoma.ascoSSOWordsT4As"));
				}
				yield SlnbRecommendation.OFFER;
			}
		};
		SlnbRecommendation advice = byT;
		if (itm) {
			why.add(Explanation.of("rules.why.melanoma.microsatellitesSatelliteOrInTransit"));
			if (advice.isWeakerThan(SlnbRecommendation.CONSIDER)) {
				advice = SlnbRecommendation.CONSIDER;
				why.add(Explanation.of("rules.why.melanoma.nccnSLNBIsConsideredFor", Explanation.of("rules.why.value." + byT.code())));
			} else {
				why.add(Explanation.of("rules.why.melanoma.nccnConsidersSLNBForMicrosatellite", Explanation.of("rules.why.value." + byT.code())));
			}
		}
		if (microstagingUncertain) {
			if (t == MelanomaT.TIS) {
				why.add(Explanation.of("rules.why.melanoma.microstagingIsUncertainAnInvasive"));
			} else {
				why.add(Explanation.of("rules.why.melanoma.microstagingIsUncertainEG"));
			}
			if (t == MelanomaT.T1A) {
				advice = SlnbRecommendation.CONSIDER;
				why.add(Explanation.of("rules.why.melanoma.nccnForT1aSLNBMay"));
			}
		}
		why.add(Explanation.of("rules.why.melanoma.appliesToClinicallyNodeNegative"));
		return new Finding<>(advice, why, RULE_SET, SOURCE);
	}
}
