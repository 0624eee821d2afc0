package org.cutis.patient;

/**
 * How a visit is paid (보험 유형): national health insurance (건강보험), medical aid (의료급여, grade 1
 * or 2), car insurance (자동차보험), industrial accident compensation (산재보험) or self-pay (일반).
 */
public enum InsuranceType {
	NATIONAL_HEALTH_INSURANCE, MEDICAL_AID, CAR_INSURANCE, INDUSTRIAL_ACCIDENT, SELF_PAY;

	/** The API's code: "national-health-insurance", "medical-aid", ... */
	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static InsuranceType fromCode(String code) {
		for (InsuranceType type : values()) {
			if (type.code().equalsIgnoreCase(code == null ? "" : code.trim())
					|| type.name().equalsIgnoreCase(code == null ? "" : code.trim())) {
				return type;
			}
		}
		return null;
	}
}
