package org.cutis.biopsy.web;

import java.time.Instant;
import java.util.List;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.SpecimenStep;

/**
 * A step of the specimen's loop as the page and the API list them, oldest first: the state
 * reached (or {@code amended}), when, by whom, and the reason or communication method if any.
 */
public record Step(String state, Instant at, String by, String reason, String method) {

	static List<Step> of(Specimen s) {
		return s.steps().stream().map(Step::of).toList();
	}

	static Step of(SpecimenStep step) {
		return new Step(step.what().code(), step.at(), step.by(), step.reason(),
				step.communicationMethod() == null ? null : step.communicationMethod().code());
	}
}
