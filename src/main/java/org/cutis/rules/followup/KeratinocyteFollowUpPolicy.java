package org.cutis.rules.followup;

import org.cutis.rules.common.Explanation;
import static org.cutis.rules.followup.FollowUpPeriod.lifelong;
import static org.cutis.rules.followup.FollowUpPeriod.years;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.RuleSet;

/** NCCN surveillance for BCC and cutaneous SCC (reference 5.2); the reference holds no CCA/SIGN keratinocyte schedules. */
public final class KeratinocyteFollowUpPolicy {

	private static final RuleSet RULE_SET = RuleSet.NCCN_FOLLOWUP;

	public Finding<FollowUpSchedule> bcc(Guideline guideline) {
		requireNccn(guideline, "rules.invalid.what.bcc");
		List<Explanation> why = new ArrayList<>();
		why.add(Explanation.of("rules.why.followup.nccnBCCCompleteSkinExamination"));
		why.add(Explanation.of("rules.why.followup.ukPracticeBADNICEMay"));
		return new Finding<>(FollowUpSchedule.of("rules.imaging.notRoutine", years(0, 5, 6, 12), lifelong(5, 12, 12)), why, RULE_SET,
				RULE_SET.source("basal cell skin cancer"));
	}

	public Finding<FollowUpSchedule> cscc(Guideline guideline, CsccExtent extent) {
		requireNccn(guideline, "rules.invalid.what.cscc");
		List<Explanation> why = new ArrayList<>();
		FollowUpSchedule schedule;
		if (extent == CsccExtent.LOCAL) {
			why.add(Explanation.of("rules.why.followup.nccnCSCCLocalDiseaseEvery"));
			schedule = FollowUpSchedule.of("rules.imaging.notRoutineAsClinicallyIndicated",
					years(0, 2, 3, 12), years(2, 5, 6, 12), lifelong(5, 12, 12));
		} else {
			why.add(Explanation.of("rules.why.followup.csccRegionalOrHighRisk"));
			why.add(Explanation.of("rules.why.followup.thisScheduleIsFromA"));
			schedule = FollowUpSchedule.of("rules.imaging.notSpecifiedInTheCutis",
					years(0, 1, 1, 3), years(1, 2, 2, 4), years(2, 5, 4, 6), lifelong(5, 6, 12));
		}
		return new Finding<>(schedule, why, RULE_SET, RULE_SET.source("squamous cell skin cancer, " + extent.code() + " disease"));
	}

	/** @param diagnosis the diagnosis in words, a message code */
	private static void requireNccn(Guideline guideline, String diagnosis) {
		if (guideline != Guideline.NCCN) {
			throw new InvalidInputException("guideline", "rules.invalid.followup.onlyNccn", Explanation.of(diagnosis),
					guideline.code());
		}
	}
}
