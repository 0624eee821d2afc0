package org.cutis.tumorboard.domain;

/** Why a case is on the board's list: one of the eligibility rules, or a clinician's question. */
public enum EligibilityReason {
	MELANOMA_STAGE, RECURRENCE, HIGH_RISK_CSCC, DISCORDANT, SUBMITTED;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}
}
