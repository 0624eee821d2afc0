package org.cutis.rules.followup;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.RuleSet;

/** Follow-up guideline; NCCN is the default (Decision 8). */
public enum Guideline implements Coded {
	NCCN("NCCN", RuleSet.NCCN_FOLLOWUP), CCA("CCA", RuleSet.CCA_FOLLOWUP), SIGN("SIGN", RuleSet.SIGN_FOLLOWUP);

	private final String code;
	private final RuleSet ruleSet;

	Guideline(String code, RuleSet ruleSet) {
		this.code = code;
		this.ruleSet = ruleSet;
	}

	@Override
	public String code() {
		return code;
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}
}
