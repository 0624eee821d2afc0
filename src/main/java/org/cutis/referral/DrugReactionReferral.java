package org.cutis.referral;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the chemotherapy skin-care clinic needs of a referral to start an adverse event and to
 * answer the treating oncologist: the drugs (with their class at intake), who treats the patient
 * (an oncologist of this hospital by login id, or one from outside), and the red flags.
 *
 * @param oncologistUsername the treating oncologist's staff account, null when outside (or an old referral)
 * @param outsideOncologist  the oncologist of another hospital, null when the oncologist is staff
 * @param legacyCancerDrugs  free text of a referral made before drugs came from the catalogue, else null
 */
public record DrugReactionReferral(UUID referralId, UUID patientId, Instant receivedAt, ReferralReason reason,
		Urgency urgency, List<ReferralDrug> drugs, String oncologistUsername, OutsideOncologist outsideOncologist,
		Set<RedFlag> redFlags, String legacyCancerDrugs, String legacyTreatingOncologist) {

	/** A possible severe cutaneous adverse reaction (SJS/TEN, DRESS): any red flag. */
	public boolean scarWarning() {
		return !redFlags.isEmpty();
	}
}
