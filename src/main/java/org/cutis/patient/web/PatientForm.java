package org.cutis.patient.web;

import java.time.LocalDate;

import org.cutis.patient.Sex;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;

import org.springframework.format.annotation.DateTimeFormat;

/** The registration and edit form. {@code version} carries the record version the clerk started from. */
record PatientForm(String nameHangul, String nameLatin, Sex sex,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String phone, String address,
		String preferredLanguage, String emergencyName, String emergencyRelation, String emergencyPhone,
		String alerts, Long version, Boolean confirmedNotDuplicate) {

	static PatientForm empty() {
		return new PatientForm(null, null, null, null, null, null, "ko", null, null, null, null, null, null);
	}

	static PatientForm of(Patient patient) {
		PatientDetails d = patient.details();
		return new PatientForm(d.nameHangul(), d.nameLatin(), d.sex(), d.birthDate(), d.phone(), d.address(),
				d.preferredLanguage(), d.emergencyName(), d.emergencyRelation(), d.emergencyPhone(), d.alerts(),
				patient.version(), null);
	}

	/** The clerk saw the possible duplicates and confirmed this is another person. */
	boolean duplicatesConfirmed() {
		return Boolean.TRUE.equals(confirmedNotDuplicate);
	}

	PatientDetails details() {
		return new PatientDetails(nameHangul, nameLatin, sex, birthDate, phone, address, preferredLanguage,
				emergencyName, emergencyRelation, emergencyPhone, alerts);
	}
}
