package org.cutis.rules.oncoderm;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;

/**
 * The skin treatment an advice row suggests, as a code whose words are in the rules messages
 * ({@code rules.oncoderm.treatment.<code>}) so that each reader sees it in their own language.
 */
public enum SkinTreatment implements Coded {
	NONE_IN_REFERENCE,
	ICI_RASH_G1, ICI_RASH_G2, ICI_RASH_G3,
	ICI_PRURITUS_G1, ICI_PRURITUS_G2, ICI_PRURITUS_G3,
	ICI_BULLOUS_G1, ICI_BULLOUS_G2, ICI_BULLOUS_G3_4,
	ICI_SEVERE_REACTION, WITHDRAW_SUSPECTED_DRUG,
	EGFR_RASH_G1, EGFR_RASH_G2, EGFR_RASH_G3, EGFR_RASH_G4,
	EGFR_PARONYCHIA_G1, EGFR_PARONYCHIA_G2, EGFR_PARONYCHIA_G3,
	EGFR_DRY_SKIN_G1, EGFR_DRY_SKIN_G2,
	EGFR_PRURITUS_G1, EGFR_PRURITUS_G2,
	HAND_FOOT_CARE_G1, HAND_FOOT_CARE_G2_3,
	KERATOLYTIC_G1, KERATOLYTIC_G2_3,
	BRAF_RASH_G1_2, BRAF_RASH_G3, SUN_PROTECTION,
	SCALP_COOLING, HAIR_LOSS_CAMOUFLAGE, NAIL_CARE,
	RADIATION_G1, RADIATION_G2;

	/** The treatment in words in the reader's language. */
	public Explanation text() {
		return Explanation.of("rules.oncoderm.treatment." + code());
	}
}
