package org.cutis.patient.web;

import java.time.LocalDate;
import java.util.Map;

import org.cutis.patient.Insurance;
import org.cutis.patient.InsuranceType;
import org.cutis.patient.RegistrationEssentials;
import org.cutis.patient.Sex;
import org.cutis.patient.SpecialCopay;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.shared.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration and edit form. {@code version} carries the record version the clerk started
 * from. {@code rrn} starts masked on the edit page; sent back masked it is left as it is, emptied
 * it is removed.
 */
record PatientForm(String nameHangul, String nameLatin, Sex sex,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String phone, String address,
		String preferredLanguage, String emergencyName, String emergencyRelation, String emergencyPhone,
		String alerts, Long version, Boolean confirmedNotDuplicate, String rrn, InsuranceType insuranceType,
		Integer insuranceGrade, String specialCopayNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate specialCopayRegisteredOn) {

	/** The domain's field names ("insurance.grade") as this form's. */
	private static final Map<String, String> FIELDS = Map.of("insurance.type", "insuranceType", "insurance.grade",
			"insuranceGrade", "specialCopay.number", "specialCopayNumber", "specialCopay.registeredOn",
			"specialCopayRegisteredOn");

	static PatientForm empty() {
		return new PatientForm(null, null, null, null, null, null, "ko", null, null, null, null, null, null, null,
				null, null, null, null);
	}

	static PatientForm of(Patient patient) {
		PatientDetails d = patient.details();
		Insurance insurance = patient.insurance();
		SpecialCopay copay = patient.specialCopay();
		return new PatientForm(d.nameHangul(), d.nameLatin(), d.sex(), d.birthDate(), d.phone(), d.address(),
				d.preferredLanguage(), d.emergencyName(), d.emergencyRelation(), d.emergencyPhone(), d.alerts(),
				patient.version(), null, patient.rrnMasked(), insurance.type(), insurance.grade(), copay.number(),
				copay.registeredOn());
	}

	/** The clerk saw the possible duplicates and confirmed this is another person. */
	boolean duplicatesConfirmed() {
		return Boolean.TRUE.equals(confirmedNotDuplicate);
	}

	PatientDetails details() {
		return new PatientDetails(nameHangul, nameLatin, sex, birthDate, phone, address, preferredLanguage,
				emergencyName, emergencyRelation, emergencyPhone, alerts);
	}

	/** Everything the form shows is sent: an empty field removes what was recorded. */
	RegistrationEssentials essentials() {
		// the grade select stays on screen for every type; only medical aid has a grade
		Integer grade = insuranceType == InsuranceType.MEDICAL_AID ? insuranceGrade : null;
		return new RegistrationEssentials(rrn == null ? "" : rrn,
				insuranceType == null ? Insurance.NONE : new Insurance(insuranceType, grade),
				new SpecialCopay(specialCopayNumber, specialCopayRegisteredOn));
	}

	static InvalidInput onForm(InvalidInput invalid) {
		return new InvalidInput(invalid.problems()
			.stream()
			.map(p -> new InvalidInput.FieldProblem(FIELDS.getOrDefault(p.field(), p.field()), p.messageKey(),
					p.args()))
			.toList());
	}
}
