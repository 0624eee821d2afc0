package org.cutis.rules.ctcae;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.common.BodySurfaceArea;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.ctcae.CtcaeFindings.AdlLimit;
import org.cutis.rules.ctcae.CtcaeFindings.Desquamation;
import org.cutis.rules.ctcae.CtcaeFindings.Extent;
import org.cutis.rules.ctcae.CtcaeFindings.Superinfection;
import org.cutis.rules.ctcae.CtcaeFindings.Symptoms;
import org.cutis.rules.ctcae.CtcaeFindings.Treatment;

/** The CTCAE rule of the batch contract. */
public final class CtcaeRules {

	private static final CtcaeGradingPolicy POLICY = new CtcaeGradingPolicy();

	private CtcaeRules() {
	}

	public static List<Rule> all() {
		return List.of(new NamedRule("ctcae.grade", CtcaeRules::grade));
	}

	static RuleAnswer grade(RuleInput in) {
		CtcaeTerm term = CtcaeTerm.byName(in.requiredText("term", "rules.invalid.what.term"));
		CtcaeFindings findings = new CtcaeFindings(
				in.decimal("bsaPercent").map(BodySurfaceArea::new).orElse(null),
				in.code("symptoms", Symptoms.class).orElse(null),
				in.flag("pain"),
				in.code("adlLimit", AdlLimit.class).orElse(null),
				in.flag("psychosocialImpact"),
				in.code("treatment", Treatment.class).orElse(null),
				in.code("superinfection", Superinfection.class).orElse(null),
				in.code("extent", Extent.class).orElse(null),
				in.decimal("hairLossPercent").orElse(null),
				in.flag("wigNeeded"),
				in.code("desquamation", Desquamation.class).orElse(null),
				in.flag("bleedingMinorTrauma"),
				in.flag("mucosalErosions"),
				in.flag("blistering"),
				in.flag("skinSloughing"),
				in.flag("lifeThreatening"),
				in.flag("fatal"));
		Finding<CtcaeGrade> graded = POLICY.grade(term, findings);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", graded.value().grade());
		result.put("definition", graded.value().definition());
		return RuleAnswer.of(result, graded);
	}
}
