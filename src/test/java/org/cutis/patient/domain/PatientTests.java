package org.cutis.patient.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.cutis.patient.Mrn;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientTests {
	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

	Patient patient() {
		return new Patient(Mrn.fromSequence(1000001),
				PatientDetailsTests.details("김민수", "KIM Minsu", LocalDate.of(1958, 3, 14), null), "clerk", NOW);
	}

	@Test
	void voidingNeedsAReasonAndHappensOnce() {
		Patient patient = patient();
		assertThatThrownBy(() -> patient.voidRecord(" ", "clerk", NOW)).isInstanceOf(InvalidInput.class);
		patient.voidRecord("registered twice", "clerk", NOW);
		assertThat(patient.isVoided()).isTrue();
		assertThatThrownBy(() -> patient.voidRecord("again", "clerk", NOW)).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void aVoidedRecordCannotBeChanged() {
		Patient patient = patient();
		patient.voidRecord("registered twice", "clerk", NOW);
		assertThatThrownBy(() -> patient.change(patient.details())).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void ageInCompletedYears() {
		assertThat(patient().ageOn(LocalDate.of(2026, 3, 13))).isEqualTo(67);
		assertThat(patient().ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(68);
	}
}
