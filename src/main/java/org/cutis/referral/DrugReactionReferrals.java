package org.cutis.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.referral.application.ReferralFinder;

import org.springframework.stereotype.Component;

/**
 * For other modules (the chemotherapy skin-care clinic): a referral's drugs, treating oncologist
 * and red flags, to start an adverse event from it and to send the recommendation to that
 * oncologist. Not audited here: the caller shows the patient's record and audits that view.
 */
@Component
public class DrugReactionReferrals {
	private final ReferralFinder finder;

	DrugReactionReferrals(ReferralFinder finder) {
		this.finder = finder;
	}

	/** The referral of that id (any reason, any status), or empty. */
	public Optional<DrugReactionReferral> find(UUID referralId) {
		return finder.drugReaction(referralId);
	}

	/** The patient's referrals for a skin problem during cancer treatment, newest first (voided ones left out). */
	public List<DrugReactionReferral> ofPatient(UUID patientId) {
		return finder.drugReactionsOf(patientId);
	}
}
