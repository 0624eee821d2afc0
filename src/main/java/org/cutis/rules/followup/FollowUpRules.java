package org.cutis.rules.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.melanoma.MelanomaImagingPolicy;
import org.cutis.rules.melanoma.MelanomaStage;

/** The follow-up rule of the batch contract. */
public final class FollowUpRules {

	private static final MelanomaFollowUpPolicy MELANOMA = new MelanomaFollowUpPolicy();
	private static final KeratinocyteFollowUpPolicy KERATINOCYTE = new KeratinocyteFollowUpPolicy();

	private FollowUpRules() {
	}

	public static List<Rule> all() {
		return List.of(new NamedRule("followup.schedule", FollowUpRules::schedule));
	}

	static RuleAnswer schedule(RuleInput in) {
		Diagnosis diagnosis = in.requiredCode("diagnosis", Diagnosis.class);
		Guideline guideline = in.code("guideline", Guideline.class, Guideline.NCCN);
		Finding<FollowUpSchedule> found = switch (diagnosis) {
			case MELANOMA -> MELANOMA.schedule(guideline, stage(in));
			case BCC -> KERATINOCYTE.bcc(guideline);
			case CSCC -> KERATINOCYTE.cscc(guideline, in.requiredCode("extent", CsccExtent.class));
		};
		FollowUpSchedule schedule = found.value();
		List<Map<String, Object>> periods = new ArrayList<>();
		for (FollowUpPeriod p : schedule.periods()) {
			Map<String, Object> period = new LinkedHashMap<>();
			period.put("fromYear", p.fromYear());
			period.put("toYear", p.toYear());
			period.put("minMonths", p.minMonths());
			period.put("maxMonths", p.maxMonths());
			periods.add(period);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", schedule.summary().english());
		result.put("periods", periods);
		return RuleAnswer.of(result, found).withText("value", schedule.summary()).withText("imaging", schedule.imaging());
	}

	private static MelanomaStage stage(RuleInput in) {
		String code = in.codeText("stage").orElseThrow(() -> new InvalidInputException("stage",
				"rules.invalid.stageRequired", "stage", Explanation.anyOf(MelanomaImagingPolicy.STAGES)));
		MelanomaStage stage = MelanomaStage.fromCode(code);
		if (stage == null) {
			throw new InvalidInputException("stage", "rules.invalid.followup.stage", "stage", code,
					Explanation.anyOf(MelanomaImagingPolicy.STAGES));
		}
		return stage;
	}
}
