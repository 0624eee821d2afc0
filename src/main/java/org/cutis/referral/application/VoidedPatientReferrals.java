package org.cutis.referral.application;

import org.cutis.patient.PatientVoided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A referral of a voided registration must not wait on the triage worklist for ever. Runs after
 * the void commits, in its own transaction; the event publication registry keeps the event until
 * this listener completes, so a crash in between is retried at the next start. Idempotent: a
 * second delivery finds no open referral.
 */
@Component
class VoidedPatientReferrals {
	private final ReferralManagement referrals;

	VoidedPatientReferrals(ReferralManagement referrals) {
		this.referrals = referrals;
	}

	@ApplicationModuleListener
	void on(PatientVoided event) {
		referrals.voidOpenReferralsOf(event.patientId(), "patient record voided: " + event.reason());
	}
}
