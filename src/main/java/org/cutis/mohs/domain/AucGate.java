package org.cutis.mohs.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.common.Coded;
import org.cutis.rules.mohs.MohsTumor;
import org.cutis.rules.mohs.PatientCategory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * Rates a Mohs case through the rules engine's {@code mohs.auc}, the same rule the calculator and
 * the rules API answer with, so the gate cannot disagree with them. The vocabulary is checked here
 * first, so a wrong code is a field error in the reader's language.
 */
public final class AucGate {
	private static final RuleEngine RULES = new RuleEngine();
	public static final String TUMORS = codes(MohsTumor.values());
	public static final String PATIENTS = codes(PatientCategory.values());

	public AucRating rate(AucScenario s) {
		List<FieldProblem> problems = new ArrayList<>();
		if (s.tumor() == null || s.tumor().isBlank()) {
			problems.add(new FieldProblem("tumor", "mohs.auc.tumorRequired", TUMORS));
		}
		else if (!TUMORS_LIST.contains(s.tumor().trim().toLowerCase())) {
			problems.add(new FieldProblem("tumor", "error.field.oneOf", TUMORS));
		}
		if (s.patient() != null && !s.patient().isBlank() && !PATIENTS_LIST.contains(s.patient().trim().toLowerCase())) {
			problems.add(new FieldProblem("patient", "error.field.oneOf", PATIENTS));
		}
		if (s.site() == null) {
			problems.add(new FieldProblem("lesionId", "mohs.auc.siteRequired"));
		}
		if (s.diameterCm() != null && (s.diameterCm().signum() <= 0 || s.diameterCm().compareTo(MAX_CM) > 0)) {
			problems.add(new FieldProblem("diameterCm", "mohs.auc.diameterRange"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("tumor", s.tumor().trim().toLowerCase());
		input.put("site", s.site().code());
		if (s.diameterCm() != null) {
			input.put("diameterCm", s.diameterCm());
		}
		input.put("patient", s.patient() == null || s.patient().isBlank() ? "healthy" : s.patient().trim().toLowerCase());
		input.put("recurrent", s.recurrent());
		input.put("priorRadiationAtSite", s.priorRadiationAtSite());
		RuleOutcome outcome = RULES.evaluate("mohs.auc", input);
		if (outcome instanceof RuleOutcome.Success success) {
			return new AucRating((String) success.value(), (String) success.result().get("area"), success.why(),
					success.ruleSet());
		}
		RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
		// the size bands need a diameter: the only field the rule can still refuse
		throw new InvalidInput(failure.field(), "diameterCm".equals(failure.field()) ? "mohs.auc.diameterNeeded"
				: "error.field.outOfRange");
	}

	private static final java.math.BigDecimal MAX_CM = new java.math.BigDecimal("100");
	private static final List<String> TUMORS_LIST = Arrays.asList(TUMORS.split(", "));
	private static final List<String> PATIENTS_LIST = Arrays.asList(PATIENTS.split(", "));

	private static String codes(Coded[] values) {
		return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
	}
}
