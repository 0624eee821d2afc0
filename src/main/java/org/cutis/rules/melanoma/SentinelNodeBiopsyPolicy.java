package org.cutis.rules.melanoma;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/** NCCN sentinel lymph-node biopsy tiers (reference 4.2, Decision 7), for clinically node-negative patients. */
public final class SentinelNodeBiopsyPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_MELANOMA;
	public static final String SOURCE = RULE_SET.source("sentinel lymph node biopsy");

	public Finding<SlnbRecommendation> recommend(MelanomaT t) {
		List<String> why = new ArrayList<>();
		SlnbRecommendation advice = switch (t) {
			case TX, T0 -> throw new InvalidInputException("t",
					"Sentinel node biopsy tiers need the primary's T category (Tis to T4b); " + t.code() + " has none");
			case TIS -> {
				why.add("Melanoma in situ: sentinel node biopsy is not indicated");
				yield SlnbRecommendation.NOT_INDICATED;
			}
			case T1A -> {
				why.add("T1a (under 0.8 mm, not ulcerated): estimated sentinel node positivity under 5 %; SLNB not recommended");
				why.add("It may be discussed only if microstaging is uncertain or with a conventional high-risk feature (e.g. very high mitotic rate, lymphovascular invasion, young age)");
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
		why.add("Applies to clinically node-negative patients; clinically detected nodes are managed differently");
		return new Finding<>(advice, why, RULE_SET, SOURCE);
	}
}
