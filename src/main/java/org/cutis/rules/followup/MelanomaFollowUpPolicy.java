package org.cutis.rules.followup;

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

	static final String DISAGREEMENT = "Guidelines disagree: NCCN continues annual skin examination for life, Cancer Council Australia "
			+ "stops at 10 years, SIGN follows for 5-10 years by risk; imaging starts at IIB (NCCN 'consider', SIGN CT) versus IIC "
			+ "(Australia) with no consensus in ESMO; melanoma in situ is seen annually by NCCN but usually not followed in Australia";

	public Finding<FollowUpSchedule> schedule(Guideline guideline, MelanomaStage stage) {
		List<String> why = new ArrayList<>();
		FollowUpSchedule schedule = switch (guideline) {
			case NCCN -> nccn(stage, why);
			case CCA -> cca(stage, why);
			case SIGN -> sign(stage, why);
		};
		why.add(DISAGREEMENT);
		why.add("History and physical examination including skin and lymph nodes; the patient also performs regular self-examination");
		return new Finding<>(schedule, why, guideline.ruleSet(), guideline.ruleSet().source("melanoma, stage " + stage.code()));
	}

	private FollowUpSchedule nccn(MelanomaStage stage, List<String> why) {
		switch (stage) {
			case STAGE_0:
				why.add("NCCN stage 0 (in situ): skin examination annually for life");
				return FollowUpSchedule.of("None", lifelong(0, 12, 12));
			case IA, IB, IIA:
				why.add("NCCN stage IA-IIA: every 6-12 months for 5 years, then annually as clinically indicated");
				return FollowUpSchedule.of("Routine imaging not recommended; image to investigate specific signs or symptoms",
						years(0, 5, 6, 12), lifelong(5, 12, 12));
			default:
				why.add("NCCN stage IIB-IV (no evidence of disease): every 3-6 months for 2 years, then every 3-12 months for 3 years, then annually as clinically indicated");
				if (stage.code().startsWith("III")) {
					why.add("Sentinel-node positive without completion dissection: nodal-basin ultrasound every 4 months for 2 years, then every 6 months for 3 years");
				}
				return FollowUpSchedule.of("Consider imaging every 3-12 months for 2 years, then every 6-12 months for 3 years, to screen for recurrence or metastasis",
						years(0, 2, 3, 6), years(2, 5, 3, 12), lifelong(5, 12, 12));
		}
	}

	private FollowUpSchedule cca(MelanomaStage stage, List<String> why) {
		switch (stage) {
			case STAGE_0:
				why.add("Cancer Council Australia: melanoma in situ is usually not followed with scheduled visits");
				return new FollowUpSchedule(List.of(), "None");
			case IA, IB:
				why.add("Cancer Council Australia stage I: annually for 10 years");
				return FollowUpSchedule.of("Routine imaging not recommended below stage IIC", years(0, 10, 12, 12));
			case IIA:
				why.add("Cancer Council Australia stage IIA: 6-monthly for 2 years, then annually for 8 years");
				return FollowUpSchedule.of("Routine imaging not recommended below stage IIC", years(0, 2, 6, 6), years(2, 10, 12, 12));
			case IIB, IIC:
				why.add("Cancer Council Australia stage IIB-IIC: 3-4-monthly for 2 years, 6-monthly for 1 year, then annually for 5 years");
				return FollowUpSchedule.of(stage == MelanomaStage.IIC ? "Imaging may be considered (Australia starts imaging at stage IIC)"
						: "Routine imaging not recommended below stage IIC", years(0, 2, 3, 4), years(2, 3, 6, 6), years(3, 8, 12, 12));
			case III, IIIA, IIIB, IIIC, IIID:
				why.add("Cancer Council Australia stage IIIA-C: 3-monthly for 2 years, 6-monthly for 1 year, then annually for 5 years");
				if (stage == MelanomaStage.IIID || stage == MelanomaStage.III) {
					why.add("The reference lists IIIA-IIIC only; stage " + stage.code() + " is given the same stage III schedule – confirm with the Australian guideline");
				}
				return FollowUpSchedule.of("Imaging may be considered (Australia starts imaging at stage IIC)",
						years(0, 2, 3, 3), years(2, 3, 6, 6), years(3, 8, 12, 12));
			default:
				throw new InvalidInputException("stage", "The Cancer Council Australia schedule in the Cutis reference covers stages 0-III; stage "
						+ stage.code() + " is not listed (use NCCN)");
		}
	}

	private FollowUpSchedule sign(MelanomaStage stage, List<String> why) {
		switch (stage) {
			case IA:
				why.add("SIGN stage IA: every 3-6 months for 12 months");
				return FollowUpSchedule.of("Not routine", years(0, 1, 3, 6));
			case IB, IIA:
				why.add("SIGN stage IB-IIA: every 3-4 months in years 1-3, 6-monthly in years 4-5");
				return FollowUpSchedule.of("Not routine", years(0, 3, 3, 4), years(3, 5, 6, 6));
			case IIB, IIC, IIIA, IIIB:
				why.add("SIGN stage IIB/IIC/IIIA (deposit over 1 mm)/IIIB: every 3-4 months in years 1-3, 6-monthly in years 4-5, annually in years 6-10");
				if (stage == MelanomaStage.IIIA) {
					why.add("IIIA with a sentinel-node deposit of 1 mm or less: nodal ultrasound 6-monthly in years 1-3 and annually in years 4-5; its clinic schedule is not in the Cutis reference – confirm");
				}
				return FollowUpSchedule.of("Contrast-enhanced CT 6-monthly in years 1-3, annually in years 4-5",
						years(0, 3, 3, 4), years(3, 5, 6, 6), years(5, 10, 12, 12));
			case IIIC:
				why.add("SIGN stage IIIC: 3-monthly in years 1-2, 6-monthly in years 3-5, annually in years 6-10");
				return FollowUpSchedule.of("Contrast-enhanced CT; the reference gives the CT schedule (6-monthly years 1-3, annually years 4-5) for IIB-IIIB and does not list IIIC separately – confirm",
						years(0, 2, 3, 3), years(2, 5, 6, 6), years(5, 10, 12, 12));
			default:
				throw new InvalidInputException("stage", "The SIGN schedule in the Cutis reference covers stages IA-IIIC (pathological substage); stage "
						+ stage.code() + " is not listed (use NCCN)");
		}
	}
}
