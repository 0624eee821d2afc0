package org.cutis.biopsy.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.biopsy.domain.SpecimenStep;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step a specimen went through, oldest first, as the specimen keeps them: also the reviews
 * and communications an addendum reopened, and the reasons for a rejection or a void.
 */
@Component
public class SpecimenHistory {
	private final SpecimenTracking tracking;

	SpecimenHistory(SpecimenTracking tracking) {
		this.tracking = tracking;
	}

	/** Audited like a view of the specimen, and refused where the specimen itself would be. */
	@Transactional
	public List<Step> of(UUID specimenId) {
		return tracking.view(specimenId).steps().stream().map(Step::of).toList();
	}

	/**
	 * @param status the state reached, or {@code amended}
	 * @param reason why it was rejected or voided
	 * @param method how the patient was told, for a communication
	 */
	public record Step(String status, Instant at, String by, String reason, String method) {
		static Step of(SpecimenStep s) {
			return new Step(s.what().code(), s.at(), s.by(), s.reason(),
					s.communicationMethod() == null ? null : s.communicationMethod().code());
		}
	}
}
