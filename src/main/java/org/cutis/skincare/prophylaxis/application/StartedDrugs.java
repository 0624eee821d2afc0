package org.cutis.skincare.prophylaxis.application;

import java.util.Objects;

import org.cutis.oncology.SystemicCourseStarted;
import org.cutis.referral.DrugReactionReferrals;
import org.cutis.referral.ReferralDecided;
import org.cutis.referral.ReferralDrug;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis.Trigger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens for the drugs a patient starts: a systemic course recorded by oncology, or a drug-reaction
 * referral naming the drugs, once accepted at triage (the patient then comes to the clinic). Runs
 * after the commit, from the event registry, so a crash in between retries at the next start.
 */
@Component
class StartedDrugs {
	private final Prophylaxis prophylaxis;
	private final DrugReactionReferrals referrals;

	StartedDrugs(Prophylaxis prophylaxis, DrugReactionReferrals referrals) {
		this.prophylaxis = prophylaxis;
		this.referrals = referrals;
	}

	@ApplicationModuleListener
	void on(SystemicCourseStarted started) {
		prophylaxis.proposeFor(started.patientId(), Trigger.SYSTEMIC_COURSE, started.courseId(),
				Prophylaxis.drugCodesOf(started.regimenCode(), started.regimenName()));
	}

	@ApplicationModuleListener
	void on(ReferralDecided decided) {
		if (!decided.accepted()) {
			return;
		}
		referrals.find(decided.referralId())
			.ifPresent(r -> prophylaxis.proposeFor(r.patientId(), Trigger.REFERRAL, r.referralId(),
					r.drugs().stream().map(ReferralDrug::code).filter(Objects::nonNull).toList()));
	}
}
