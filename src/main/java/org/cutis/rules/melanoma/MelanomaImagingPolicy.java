package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/**
 * Staging imaging and LDH in the melanoma work-up by AJCC 8th stage group (NCCN Cutaneous
 * Melanoma, work-up, as issue 8 reads it): not routine for asymptomatic stage 0-IIA (only to
 * evaluate specific signs or symptoms), consider for IIB-IIC, baseline imaging recommended from
 * stage III and for stage IV. The Cutis reference has no work-up table; its follow-up table
 * (5.1: NCCN imaging not routine IA-IIA, considered from IIB) is the closest text.
 */
public final class MelanomaImagingPolicy {

	public static final RuleSet RULE_SET = RuleSet.NCCN_MELANOMA;
	public static final String SOURCE = RULE_SET.source("work-up: imaging and LDH by stage");
	/** The AJCC 8th melanoma stage groups, as an error message lists them. */
	public static final List<String> STAGES = List.of("0", "IA", "IB", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB",
			"IIIC", "IIID", "IV");

	/**
	 * @param stageGroup an AJCC 8th melanoma stage group as staging writes it ({@code 0}, {@code IA} …
	 *                   {@code IV}, e.g. {@code AjccStage.group()})
	 * @throws InvalidInputException naming {@code stage} when the text is not a melanoma stage group
	 */
	public Finding<ImagingRecommendation> recommend(String stageGroup) {
		MelanomaStage stage = stageGroup == null ? null : MelanomaStage.fromCode(stageGroup);
		if (stage == null) {
			throw new InvalidInputException("stage", "rules.invalid.melanoma.stageGroup", "stage", stageGroup,
					Explanation.anyOf(STAGES));
		}
		return recommend(stage);
	}

	public Finding<ImagingRecommendation> recommend(MelanomaStage stage) {
		List<Explanation> why = new ArrayList<>();
		ImagingRecommendation advice = switch (stage) {
			case STAGE_0, IA, IB, IIA -> {
				why.add(Explanation.of("rules.why.melanoma.stageInAnAsymptomaticPatient", stage.code()));
				yield ImagingRecommendation.NOT_ROUTINE;
			}
			case IIB, IIC -> {
				why.add(Explanation.of("rules.why.melanoma.stageStagingImagingAndLDH", stage.code()));
				yield ImagingRecommendation.CONSIDER;
			}
			case III, IIIA, IIIB, IIIC, IIID -> {
				why.add(Explanation.of("rules.why.melanoma.stageRegionalDiseaseBaselineImaging", stage.code()));
				why.add(Explanation.of("rules.why.melanoma.whetherLDHBelongsToThe"));
				yield ImagingRecommendation.RECOMMENDED;
			}
			case IV -> {
				why.add(Explanation.of("rules.why.melanoma.stageIVDistantDiseaseBaseline"));
				why.add(Explanation.of("rules.why.melanoma.ldhIsPartOfThe"));
				yield ImagingRecommendation.RECOMMENDED;
			}
		};
		why.add(Explanation.of("rules.why.melanoma.imagingToEvaluateSpecificSigns"));
		why.add(Explanation.of("rules.why.melanoma.theCutisReferenceHasNo"));
		return new Finding<>(advice, why, RULE_SET, SOURCE);
	}
}
