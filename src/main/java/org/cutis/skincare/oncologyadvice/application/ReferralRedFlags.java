package org.cutis.skincare.oncologyadvice.application;

import java.util.UUID;

import org.cutis.referral.DrugReactionReferral;
import org.cutis.referral.DrugReactionReferrals;

import org.springframework.stereotype.Component;

/**
 * Whether the referral an adverse event came from carries a red flag of a severe cutaneous
 * reaction (SJS/TEN, DRESS): such advice is urgent whatever its grade.
 */
@Component
class ReferralRedFlags {
	private final DrugReactionReferrals referrals;

	ReferralRedFlags(DrugReactionReferrals referrals) {
		this.referrals = referrals;
	}

	boolean raised(UUID referralId) {
		return referrals.find(referralId).map(DrugReactionReferral::scarWarning).orElse(false);
	}
}
