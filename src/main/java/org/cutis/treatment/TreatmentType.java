package org.cutis.treatment;

/**
 * What a treatment plan item is. The first nine codes are those of the tumor board's plan items
 * (tumorboard PlanItem.TYPES), so a signed recommendation becomes a plan without translation; the
 * others are the procedures the dermatology clinic records itself.
 */
public enum TreatmentType {
	WIDE_LOCAL_EXCISION, MOHS_SURGERY, SLNB, LYMPH_NODE_DISSECTION, RECONSTRUCTION, SYSTEMIC_THERAPY, RADIOTHERAPY,
	OBSERVATION, CLINICAL_TRIAL_REFERRAL, EXCISION, CURETTAGE_ELECTRODESICCATION, CRYOTHERAPY, TOPICAL_FIELD_THERAPY;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static TreatmentType fromCode(String code) {
		return valueOf(code.trim().toUpperCase().replace('-', '_'));
	}
}
