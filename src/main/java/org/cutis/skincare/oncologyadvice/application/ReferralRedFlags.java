package org.cutis.skincare.oncologyadvice.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Whether the referral an adverse event came from carries a red flag of a severe cutaneous
 * reaction (SJS/TEN, DRESS): such advice is urgent whatever its grade.
 */
@Component
class ReferralRedFlags {
	boolean raised(UUID referralId) {
		// the referral module records red flags from issue 12 (branch referral-redflags); until it is
		// merged no referral carries one
		return false;
	}
}
