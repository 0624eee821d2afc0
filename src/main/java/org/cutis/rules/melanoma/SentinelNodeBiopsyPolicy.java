package org.cutis.rules.melanoma;

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
		List<String> why = new ArrayList<>();
		SlnbRecommendation byT = switch (t) {
			case TX, T0 -> throw new InvalidInputException("t",
					"Sentinel node biopsy tiers need the primary's T category (Tis to T4b); " + t.code() + " has none");
			case TIS -> {
				why.add("Melanoma in situ: sentinel node biopsy is not indicated");
				yield SlnbRecommendation.NOT_INDICATED;
			}
			case T1A -> {
				why.add("T1a (under 0.8 mm, not ulcerated): estimated sentinel node positivity under 5 %; SLNB not recommended");
				if (!itm && !microstagingUncertain) {
					why.add("It may be discussed only if microstaging is uncertain or with a conventional high-risk feature (e.g. very high mitotic rate, lymphovascular invasion, young age)");
				}
				yield SlnbRecommendation.NOT_RECOMMENDED;
			}
			case T1B -> {
				why.add("T1b (0.8-1.0 mm, or under 0.8 mm with ulceration): estimated positivity 5-10 %; discuss and consider SLNB");
				yield SlnbRecommendation.CONSIDER;
			}
			default -> {
				why.add(t.code() + " (more than 1.0 mm): estimated positivity over 10 %; discuss and offer SLNB");
				if (t.thicknessBand() == 4) {
					why.add("ASCO/SSO words T4 as 'may be recommended'; Cutis follows the NCCN tier (Decision 7)");
				}
				yield SlnbRecommendation.OFFER;
			}
		};
		SlnbRecommendation advice = byT;
		if (itm) {
			why.add("Microsatellites, satellite or in-transit metastases are recorded: this is stage III (N1c at least) whatever the T category");
			if (advice.isWeakerThan(SlnbRecommendation.CONSIDER)) {
				advice = SlnbRecommendation.CONSIDER;
				why.add("NCCN: SLNB is considered for patients with microsatellite, satellite or in-transit disease, so the answer is 'consider', not '"
						+ byT.code() + "' (the Cutis clinical reference is silent on SLNB for ITM; this follows NCCN)");
			} else {
				why.add("NCCN considers SLNB for microsatellite, satellite or in-transit disease; the T tier already says '" + byT.code() + "'");
			}
		}
		if (microstagingUncertain) {
			if (t == MelanomaT.TIS) {
				why.add("Microstaging is uncertain: an invasive component below the specimen cannot be excluded, so 'in situ' is a minimum; re-biopsy or excise if the specimen cannot be microstaged");
			} else {
				why.add("Microstaging is uncertain (e.g. a transected deep margin): the recorded thickness is a minimum and the true T category may be higher; re-biopsy or excise if the specimen cannot be microstaged");
			}
			if (t == MelanomaT.T1A) {
				advice = SlnbRecommendation.CONSIDER;
				why.add("NCCN: for T1a, SLNB may be discussed if microstaging is uncertain, so the answer is 'consider', not 'not-recommended'");
			}
		}
		why.add("Applies to clinically node-negative patients; clinically detected nodes are managed differently");
		return new Finding<>(advice, why, RULE_SET, SOURCE);
	}
}
