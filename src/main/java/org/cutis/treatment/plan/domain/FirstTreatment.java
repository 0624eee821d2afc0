package org.cutis.treatment.plan.domain;

import org.cutis.treatment.TreatmentType;

/**
 * What counts as the first treatment of a cancer for the timings (diagnosis to treatment, board
 * to treatment): anything given to the patient; watching and referring to a trial are not.
 */
public final class FirstTreatment {
	private FirstTreatment() {
	}

	public static boolean counts(TreatmentType type) {
		return type != TreatmentType.OBSERVATION && type != TreatmentType.CLINICAL_TRIAL_REFERRAL;
	}
}
