package org.cutis.referral;

/** Why the patient is sent to the skin cancer center. */
public enum ReferralReason {
	SUSPECTED_SKIN_CANCER, PRECANCEROUS_LESION, SKIN_PROBLEM_DURING_CANCER_TREATMENT,
	FOLLOW_UP_AFTER_TREATMENT_ELSEWHERE;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static ReferralReason fromCode(String code) {
		for (ReferralReason reason : values()) {
			if (reason.code().equals(code) || reason.name().equals(code)) {
				return reason;
			}
		}
		return null;
	}
}
