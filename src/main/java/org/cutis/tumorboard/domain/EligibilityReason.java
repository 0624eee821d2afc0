package org.cutis.tumorboard.domain;

/**
 * Why a case is on the board's list: one of the eligibility rules, a change after the board
 * discussed the cancer, or a clinician's question.
 */
public enum EligibilityReason {
	/** Invasive melanoma whose most advanced stage (clinical, pathological or effective) reaches the minimum. */
	MELANOMA_STAGE,
	/** Invasive melanoma whose T could not be determined: the stage is unknown, not low. */
	STAGE_INDETERMINATE,
	MERKEL_CELL_CARCINOMA, RECURRENCE, HIGH_RISK_CSCC,
	/** A discordant clinicopathological correlation, benign results included. */
	DISCORDANT,
	/** The stage changed (or a rule is newly met) after the board discussed the cancer. */
	RESTAGED,
	/** The evidence changed (addendum, specimen, work-up result ...) after the board discussed the cancer. */
	FACTS_CHANGED,
	SUBMITTED;

	/**
	 * The reason of a case still waiting when its cancer is restaged: one waiting because its facts
	 * changed now waits because its stage did, or, when this staging is the one at recurrence,
	 * because the cancer recurred. Any other reason stands.
	 */
	EligibilityReason afterRestaging(boolean recurrence) {
		if (recurrence && (this == FACTS_CHANGED || this == RESTAGED)) {
			return RECURRENCE;
		}
		return this == FACTS_CHANGED ? RESTAGED : this;
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static java.util.Optional<EligibilityReason> fromCode(String code) {
		return java.util.Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
	}
}
