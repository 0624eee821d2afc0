package org.cutis.rules.bcc;

import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.common.TumorDiameter;

/** The BCC rules of the batch contract. */
public final class BccRules {

	private static final BccRiskPolicy RISK_POLICY = new BccRiskPolicy();

	private BccRules() {
	}

	public static List<Rule> all() {
		return List.of(new NamedRule("bcc.risk", BccRules::risk));
	}

	static RuleAnswer risk(RuleInput in) {
		AnatomicSite site = in.code("site", AnatomicSite.class).orElse(null);
		TumorDiameter diameter = in.decimal("diameterCm").map(TumorDiameter::new).orElse(null);
		Boolean poorlyDefined = in.text("borders").map(b -> Coded.fromCode(Borders.class, b, "borders") == Borders.POORLY_DEFINED).orElse(null);
		BccSubtype subtype = in.code("subtype", BccSubtype.class).orElse(null);
		BccFindings bcc = new BccFindings(site, diameter, poorlyDefined, in.flag("recurrent"), in.flag("priorRadiotherapy"),
				subtype, in.flag("perineuralInvasion"));
		Finding<Determination<BccRisk>> risk = RISK_POLICY.assess(bcc);
		return RuleAnswer.of(risk, BccRisk::code);
	}

	/** Clinical border definition. */
	enum Borders implements Coded {
		WELL_DEFINED("well-defined"), POORLY_DEFINED("poorly-defined");

		private final String code;

		Borders(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}
	}
}
