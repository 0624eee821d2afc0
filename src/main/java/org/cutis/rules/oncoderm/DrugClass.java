package org.cutis.rules.oncoderm;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;

/**
 * The cause a skin adverse event is attributed to: a drug class of the drug catalogue, or
 * radiotherapy for radiation dermatitis. The codes are the contract's ({@code egfr-inhibitor}, …).
 */
public enum DrugClass implements Coded {
	EGFR_INHIBITOR, IMMUNE_CHECKPOINT_INHIBITOR, BRAF_MEK_INHIBITOR, MULTIKINASE_INHIBITOR, FLUOROPYRIMIDINE, TAXANE,
	ANTHRACYCLINE, HEDGEHOG_INHIBITOR, OTHER, RADIOTHERAPY;

	/** The class by name in the reader's language. */
	public Explanation label() {
		return Explanation.of("rules.oncoderm.drugClass." + code());
	}
}
