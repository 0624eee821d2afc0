package org.cutis.treatment.plan.domain;

/**
 * How an item came onto the plan: the board's signed recommendation, the treating clinician, a
 * referral from another treatment (a Mohs defect to plastic surgery), or a treatment recorded
 * by a treating module that the plan had not listed.
 */
public enum ItemSource {
	BOARD, CLINICIAN, REFERRAL, RECORDED;

	public String code() {
		return name().toLowerCase();
	}
}
