package org.cutis.patient.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.patient.Insurance;
import org.cutis.patient.InsuranceType;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.RegistrationEssentials;
import org.cutis.patient.SpecialCopay;
import org.cutis.patient.Sex;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.shared.InvalidInput;

/** The JSON shapes of the patient API. Sex uses the FHIR codes. */
final class PatientJson {
	private PatientJson() {
	}

	record EmergencyContact(String name, String relation, String phone) {
	}

	/** {@code type} a code ("medical-aid"); {@code grade} "1" or "2", for medical aid only. */
	record InsuranceJson(String type, String grade) {
		Insurance insurance(List<InvalidInput.FieldProblem> problems) {
			if (type == null || type.isBlank()) {
				if (grade != null && !grade.isBlank()) {
					problems.add(new InvalidInput.FieldProblem("insurance.type", "patient.insurance.typeRequired"));
				}
				return Insurance.NONE;
			}
			InsuranceType parsed = InsuranceType.fromCode(type);
			if (parsed == null) {
				problems.add(new InvalidInput.FieldProblem("insurance.type", "patient.insurance.typeInvalid"));
				return null;
			}
			Integer number = null;
			if (grade != null && !grade.isBlank()) {
				if (!grade.trim().matches("\\d{1,2}")) {
					problems.add(new InvalidInput.FieldProblem("insurance.grade", "patient.insurance.gradeRange"));
					return null;
				}
				number = Integer.valueOf(grade.trim());
			}
			return new Insurance(parsed, number);
		}

		static InsuranceJson of(Insurance insurance) {
			return insurance.recorded() ? new InsuranceJson(insurance.type().code(),
					insurance.grade() == null ? null : insurance.grade().toString()) : null;
		}
	}

	/** The cancer special co-payment registration (V193); {@code expiresOn} is computed, five years on. */
	record SpecialCopayJson(String number, LocalDate registeredOn, LocalDate expiresOn, String code) {
		SpecialCopay specialCopay() {
			return new SpecialCopay(number, registeredOn);
		}

		static SpecialCopayJson of(SpecialCopay copay) {
			return copay.recorded() ? new SpecialCopayJson(copay.number(), copay.registeredOn(), copay.expiresOn(),
					SpecialCopay.CANCER_CODE) : null;
		}
	}

	/**
	 * {@code rrn}: resident or foreign registration number, with or without the hyphen (on a change:
	 * absent or the masked value keeps it, "" removes it). {@code insurance} and {@code specialCopay}
	 * absent on a change keep what is recorded; {@code {}} removes it.
	 */
	record PatientRequest(String nameHangul, String nameLatin, String sex, LocalDate birthDate, String phone,
			String address, String preferredLanguage, EmergencyContact emergencyContact, String alerts, Long version,
			String rrn, InsuranceJson insurance, SpecialCopayJson specialCopay) {

		/**
		 * The registration number, insurance and special co-payment, checked with the details: every
		 * problem of the request in one answer.
		 */
		RegistrationEssentials essentials(LocalDate today) {
			List<InvalidInput.FieldProblem> problems = new ArrayList<>();
			PatientDetails details = details(today, problems);
			Insurance parsedInsurance = insurance == null ? null : insurance.insurance(problems);
			RegistrationEssentials essentials = new RegistrationEssentials(rrn,
					insurance == null ? null : parsedInsurance == null ? Insurance.NONE : parsedInsurance,
					specialCopay == null ? null : specialCopay.specialCopay());
			problems.addAll(essentials.problems(details, today));
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return essentials;
		}

		/** The details, checked; an unknown sex code is reported together with every other problem. */
		PatientDetails details(LocalDate today) {
			List<InvalidInput.FieldProblem> problems = new ArrayList<>();
			PatientDetails details = details(today, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return details;
		}

		private PatientDetails details(LocalDate today, List<InvalidInput.FieldProblem> problems) {
			Sex parsed = Sex.fromCode(sex);
			EmergencyContact contact = emergencyContact == null ? new EmergencyContact(null, null, null)
					: emergencyContact;
			PatientDetails details = new PatientDetails(nameHangul, nameLatin, parsed, birthDate, phone, address,
					preferredLanguage, contact.name(), contact.relation(), contact.phone(), alerts);
			try {
				details.validate(today);
			}
			catch (InvalidInput invalid) {
				problems.addAll(invalid.problems());
			}
			if (sex != null && parsed == null) {
				problems.removeIf(p -> p.field().equals("sex"));
				problems.add(new InvalidInput.FieldProblem("sex", "patient.sex.invalid"));
			}
			return details;
		}
	}

	record PatientView(UUID id, String mrn, String nameHangul, String nameLatin, String sex, LocalDate birthDate,
			String phone, String address, String preferredLanguage, EmergencyContact emergencyContact, String alerts,
			Instant registeredAt, boolean voided, String voidReason, long version,
			List<SummaryView> possibleDuplicates, String rrn, InsuranceJson insurance, SpecialCopayJson specialCopay) {

		/** {@code rrn} is always masked here; the whole number only from GET /api/v1/patients/{id}/rrn. */
		static PatientView of(Patient p, List<PatientSummary> duplicates) {
			PatientDetails d = p.details();
			return new PatientView(p.id(), p.mrn(), d.nameHangul(), d.nameLatin(), d.sex().code(), d.birthDate(),
					d.phone(), d.address(), d.preferredLanguage(),
					new EmergencyContact(d.emergencyName(), d.emergencyRelation(), d.emergencyPhone()), d.alerts(),
					p.registeredAt(), p.isVoided(), p.voidReason(), p.version(),
					duplicates.stream().map(SummaryView::of).toList(), p.rrnMasked(), InsuranceJson.of(p.insurance()),
					SpecialCopayJson.of(p.specialCopay()));
		}
	}

	record SummaryView(UUID id, String mrn, String nameHangul, String nameLatin, String sex, LocalDate birthDate,
			boolean voided, String rrn) {
		static SummaryView of(PatientSummary s) {
			return new SummaryView(s.id(), s.mrn(), s.nameHangul(), s.nameLatin(), s.sex().code(), s.birthDate(),
					s.voided(), s.rrnMasked());
		}
	}

	record SearchResult(List<SummaryView> items, String next) {
	}

	record VoidRequest(String reason) {
	}

	/** The whole number, for GET /api/v1/patients/{id}/rrn; null when none is recorded. */
	record RrnView(UUID patientId, String rrn, boolean foreigner) {
	}
}
