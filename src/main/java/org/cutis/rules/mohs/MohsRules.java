package org.cutis.rules.mohs;

import org.cutis.rules.common.Explanation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.common.TumorDiameter;

/** The Mohs AUC rule of the batch contract. */
public final class MohsRules {

	private static final MohsAucPolicy POLICY = new MohsAucPolicy();

	private MohsRules() {
	}

	public static List<Rule> all() {
		return List.of(new NamedRule("mohs.auc", MohsRules::auc));
	}

	static RuleAnswer auc(RuleInput in) {
		MohsTumor tumor = in.requiredCode("tumor", MohsTumor.class);
		AnatomicSite site = in.requiredCode("site", AnatomicSite.class);
		TumorDiameter diameter = in.decimal("diameterCm").map(TumorDiameter::new).orElse(null);
		var patient = in.code("patient", PatientCategory.class);
		MohsScenario scenario = new MohsScenario(tumor, in.flag("recurrent"), site, diameter,
				patient.orElse(PatientCategory.HEALTHY), in.flag("priorRadiationAtSite"));
		Finding<MohsAssessment> rated = POLICY.rate(scenario);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", rated.value().rating().code());
		result.put("area", rated.value().area().code());
		if (patient.isEmpty()) {
			List<Explanation> why = new java.util.ArrayList<>(rated.why());
			why.add(1, Explanation.of("rules.why.mohs.patientCategoryNotRecordedRated"));
			return new RuleAnswer(result, why, rated.source(), rated.ruleSet().id());
		}
		return RuleAnswer.of(result, rated);
	}
}
