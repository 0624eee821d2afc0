package org.cutis.biopsy.domain;

import org.cutis.biopsy.SpecimenStatus;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;

/**
 * The refusals of a specimen's transitions, as the pages and the API show them: a voided
 * specimen refuses everything, any other only what its state does not allow; a rejection or a
 * void must say why.
 */
final class SpecimenTransitions {
	private SpecimenTransitions() {
	}

	/** @param allowed the states the transition may leave */
	static void require(SpecimenStatus status, SpecimenStatus... allowed) {
		if (status == SpecimenStatus.VOIDED) {
			throw new RefusedTransition("biopsy.specimen.voided");
		}
		for (SpecimenStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new RefusedTransition("biopsy.transition.refused", status.code());
	}

	static String reason(String why) {
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		return why.trim();
	}
}
