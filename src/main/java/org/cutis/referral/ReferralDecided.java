package org.cutis.referral;

import java.util.UUID;

/** A referral was accepted or declined. */
public record ReferralDecided(UUID referralId, UUID patientId, boolean accepted) {
}
