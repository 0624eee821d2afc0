package org.cutis.patient;

import java.util.UUID;

import org.cutis.patient.application.PatientManagement;

import org.springframework.stereotype.Component;

/** For other modules: registering a patient, with every check the registration desk applies. */
@Component
public class PatientRegistration {
	private final PatientManagement patients;

	PatientRegistration(PatientManagement patients) {
		this.patients = patients;
	}

	public UUID register(PatientDetails details) {
		return patients.register(details).id();
	}

	/** With the registration number, insurance and special co-payment registration. */
	public UUID register(PatientDetails details, RegistrationEssentials essentials) {
		return patients.register(details, essentials).id();
	}
}
