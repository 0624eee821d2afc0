package org.cutis.support;

import java.time.LocalDate;
import java.util.UUID;

import org.cutis.patient.Sex;
import org.cutis.patient.application.PatientManagement;
import org.cutis.patient.PatientDetails;

import org.springframework.stereotype.Component;

/** Registers patients for tests through the real service (validated and audited like any other). */
@Component
public class Registrations {
	private final PatientManagement patients;

	Registrations(PatientManagement patients) {
		this.patients = patients;
	}

	public String register(String nameHangul, Sex sex, LocalDate birthDate) {
		UUID id = patients.register(new PatientDetails(nameHangul, null, sex, birthDate, null, null, "ko", null, null,
				null, null))
			.id();
		return id.toString();
	}
}
