package org.cutis.rules.followup;

import org.cutis.rules.common.Explanation;
import static org.cutis.rules.followup.FollowUpPeriod.lifelong;
import static org.cutis.rules.followup.FollowUpPeriod.years;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.melanoma.MelanomaStage;

/**
 * Melanoma surveillance by stage (reference 5.1). NCCN by default; Cancer Council Australia and
 * NHS Scotland (SIGN) selectable. Stages a guideline's table does not list are errors, not guesses.
 */
public final class MelanomaFollowUpPolicy {

	static final Explanation DISAGREEMENT = Explanation.of("rules.why.followup.disagreement");

	public Finding<FollowUpSchedule> schedule(Guideline guideline, MelanomaStage stage) {
		List<Explanation> why = new ArrayList<>();
		FollowUpSchedule schedule = switch (guideline) {
			case NCCN -> nccn(stage, why);
			case CCA -> cca(stage, why);
			case SIGN -> sign(stage, why);
		};
		why.add(DISAGREEMENT);
		why.add(Explanation.of("rules.why.followup.historyAndPhysicalExaminationIncluding"));
		return new Finding<>(schedule, why, guideline.ruleSet(), guideline.ruleSet().source("melanoma, stage " + stage.code()));
	}

	private FollowUpSchedule nccn(MelanomaStage stage, List<Explanation> why) {
		switch (stage) {
			case STAGE_0:
				why.add(Explanation.of("rules.why.followup.nccnStage0InSitu"));
				return FollowUpSchedule.of("rules.imaging.none", lifelong(0, 12, 12));
			case IA, IB, IIA:
				why.add(Explanation.of("rules.why.followup.nccnStageIAIIAEvery"));
				return FollowUpSchedule.of("rules.imaging.routineImagingNotRecommendedImage",
						years(0, 5, 6, 12), lifelong(5, 12, 12));
			default:
				why.add(Explanation.of("rules.why.followup.nccnStageIIBIVNo"));
				if (stage.code().startsWith("III")) {
					why.add(Explanation.of("rules.why.followup.sentinelNodePositiveWithoutCompletion"));
				}
				return FollowUpSchedule.of("rules.imaging.considerImagingEvery312",
						years(0, 2, 3, 6), years(2, 5, 3, 12), lifelong(5, 12, 12));
		}
	}

	private FollowUpSchedule cca(MelanomaStage stage, List<Explanation> why) {
		switch (stage) {
			case STAGE_0:
				why.add(Explanation.of("rules.why.followup.cancerCouncilAustraliaMelanomaIn"));
				return new FollowUpSchedule(List.of(), Explanation.of("rules.imaging.none"));
			case IA, IB:
				why.add(Explanation.of("rules.why.followup.cancerCouncilAustraliaStageI"));
				return FollowUpSchedule.of("rules.imaging.routineImagingNotRecommendedBelow", years(0, 10, 12, 12));
			case IIA:
				why.add(Explanation.of("rules.why.followup.cancerCouncilAustraliaStageIIA"));
				return FollowUpSchedule.of("rules.imaging.routineImagingNotRecommendedBelow", years(0, 2, 6, 6), years(2, 10, 12, 12));
			case IIB, IIC:
				why.add(Explanation.of("rules.why.followup.cancerCouncilAustraliaStageIIB"));
				return FollowUpSchedule.of(stage == MelanomaStage.IIC ? "rules.imaging.imagingMayBeConsideredAustralia"
						: "rules.imaging.routineImagingNotRecommendedBelow", years(0, 2, 3, 4), years(2, 3, 6, 6), years(3, 8, 12, 12));
			case III, IIIA, IIIB, IIIC, IIID:
				why.add(Explanation.of("rules.why.followup.cancerCouncilAustraliaStageIIIA"));
				if (stage == MelanomaStage.IIID || stage == MelanomaStage.III) {
					why.add(Explanation.of("rules.why.followup.theReferenceListsIIIAIIIC", stage.code()));
				}
				return FollowUpSchedule.of("rules.imaging.imagingMayBeConsideredAustralia",
						years(0, 2, 3, 3), years(2, 3, 6, 6), years(3, 8, 12, 12));
			default:
				throw new InvalidInputException("stage", "rules.invalid.followup.australiaStages", stage.code());
		}
	}

	private FollowUpSchedule sign(MelanomaStage stage, List<Explanation> why) {
		switch (stage) {
			case IA:
				why.add(Explanation.of("rules.why.followup.signStageIAEvery3"));
				return FollowUpSchedule.of("rules.imaging.notRoutine", years(0, 1, 3, 6));
			case IB, IIA:
				why.add(Explanation.of("rules.why.followup.signStageIBIIAEvery"));
				return FollowUpSchedule.of("rules.imaging.notRoutine", years(0, 3, 3, 4), years(3, 5, 6, 6));
			case IIB, IIC, IIIA, IIIB:
				why.add(Explanation.of("rules.why.followup.signStageIIBIICIIIA"));
				if (stage == MelanomaStage.IIIA) {
					why.add(Explanation.of("rules.why.followup.iiiaWithASentinelNode"));
				}
				return FollowUpSchedule.of("rules.imaging.contrastEnhancedCT6Monthly",
						years(0, 3, 3, 4), years(3, 5, 6, 6), years(5, 10, 12, 12));
			case IIIC:
				why.add(Explanation.of("rules.why.followup.signStageIIIC3Monthly"));
				return FollowUpSchedule.of("rules.imaging.contrastEnhancedCTTheReference",
						years(0, 2, 3, 3), years(2, 5, 6, 6), years(5, 10, 12, 12));
			default:
				throw new InvalidInputException("stage", "rules.invalid.followup.signStages", stage.code());
		}
	}
}
