package org.cutis.treatment.plan.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long the cancer waited: from the histological diagnosis and from the board's discussion
 * to the first treatment. A day missing leaves its interval empty.
 */
public record Timings(LocalDate diagnosedOn, LocalDate discussedOn, LocalDate firstTreatmentOn,
		Long daysDiagnosisToFirstTreatment, Long daysBoardToFirstTreatment) {

	static Timings of(LocalDate diagnosedOn, LocalDate discussedOn, LocalDate firstTreatmentOn) {
		return new Timings(diagnosedOn, discussedOn, firstTreatmentOn, between(diagnosedOn, firstTreatmentOn),
				between(discussedOn, firstTreatmentOn));
	}

	private static Long between(LocalDate from, LocalDate to) {
		return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
	}
}
