package org.cutis.referral.web;

import java.util.UUID;

import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.SourceKind;
import org.cutis.referral.ReferralDetails;

/** The referral intake form and API body. */
record ReferralForm(UUID patientId, SourceKind sourceKind, String sourceDepartment, String sourceClinic,
		String referringPhysician, ReferralReason reason, String cancerDrugs, String treatingOncologist,
		Urgency urgency, String note) {

	ReferralDetails details() {
		return new ReferralDetails(sourceKind, sourceDepartment, sourceClinic, referringPhysician, reason, cancerDrugs,
				treatingOncologist, urgency, note);
	}
}
