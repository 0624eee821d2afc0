package org.cutis.skincare.oncologyadvice.application;

import java.util.Optional;
import java.util.UUID;

import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.AdverseEventState;

/**
 * The skin adverse event as the advice needs it: patient, term, grade, photos, the referral it came
 * from and whether a red flag was raised. Implemented over the adverse events of this module.
 */
public interface AdverseEventStates {
	/** The event unless it does not exist or was voided. */
	Optional<AdverseEventState> find(UUID adverseEventId);
}
