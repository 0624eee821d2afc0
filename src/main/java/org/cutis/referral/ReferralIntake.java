package org.cutis.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.referral.application.ReferralManagement;

import org.springframework.stereotype.Component;

/** For other modules: receiving a referral and the triage decision on it. */
@Component
public class ReferralIntake {
	private final ReferralManagement referrals;

	ReferralIntake(ReferralManagement referrals) {
		this.referrals = referrals;
	}

	public UUID receive(UUID patientId, ReferralDetails details, Instant receivedAt) {
		return referrals.receive(patientId, details, receivedAt).id();
	}

	public void accept(UUID referralId, String dermatologist, LocalDate appointment) {
		referrals.accept(referralId, dermatologist, appointment);
	}

	public void decline(UUID referralId, String reason) {
		referrals.decline(referralId, reason);
	}
}
