package org.cutis.referral.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.referral.DrugReactionReferral;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.domain.Referral;
import org.cutis.referral.domain.Referrals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads referrals for other modules, as the root package's types. */
@Service
@Transactional(readOnly = true)
public class ReferralFinder {
	private final Referrals referrals;

	ReferralFinder(Referrals referrals) {
		this.referrals = referrals;
	}

	public Optional<DrugReactionReferral> drugReaction(UUID referralId) {
		return referrals.findById(referralId).map(ReferralFinder::view);
	}

	public List<DrugReactionReferral> drugReactionsOf(UUID patientId) {
		return referrals.findByPatientIdOrderByReceivedAtDesc(patientId)
			.stream()
			.filter(r -> r.reason() == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT)
			.filter(r -> r.status() != Referral.Status.VOIDED)
			.map(ReferralFinder::view)
			.toList();
	}

	static DrugReactionReferral view(Referral r) {
		return new DrugReactionReferral(r.id(), r.patientId(), r.receivedAt(), r.reason(), r.urgency(), r.drugs(),
				r.oncologistUsername(), r.outsideOncologist(), r.redFlags(), r.cancerDrugs(), r.treatingOncologist());
	}
}
