package org.cutis.patient.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.patient.PatientSummary;
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

	record PatientRequest(String nameHangul, String nameLatin, String sex, LocalDate birthDate, String phone,
			String address, String preferredLanguage, EmergencyContact emergencyContact, String alerts, Long version) {

		/** The details, checked; an unknown sex code is reported together with every other problem. */
		PatientDetails details(LocalDate today) {
			Sex parsed = Sex.fromCode(sex);
			EmergencyContact contact = emergencyContact == null ? new EmergencyContact(null, null, null)
					: emergencyContact;
			PatientDetails details = new PatientDetails(nameHangul, nameLatin, parsed, birthDate, phone, address,
					preferredLanguage, contact.name(), contact.relation(), contact.phone(), alerts);
			List<InvalidInput.FieldProblem> problems = new ArrayList<>();
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
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return details;
		}
	}

	record PatientView(UUID id, String mrn, String nameHangul, String nameLatin, String sex, LocalDate birthDate,
			String phone, String address, String preferredLanguage, EmergencyContact emergencyContact, String alerts,
			Instant registeredAt, boolean voided, String voidReason, long version,
			List<SummaryView> possibleDuplicates) {

		static PatientView of(Patient p, List<PatientSummary> duplicates) {
			PatientDetails d = p.details();
			return new PatientView(p.id(), p.mrn(), d.nameHangul(), d.nameLatin(), d.sex().code(), d.birthDate(),
					d.phone(), d.address(), d.preferredLanguage(),
					new EmergencyContact(d.emergencyName(), d.emergencyRelation(), d.emergencyPhone()), d.alerts(),
					p.registeredAt(), p.isVoided(), p.voidReason(), p.version(),
					duplicates.stream().map(SummaryView::of).toList());
		}
	}

	record SummaryView(UUID id, String mrn, String nameHangul, String nameLatin, String sex, LocalDate birthDate,
			boolean voided) {
		static SummaryView of(PatientSummary s) {
			return new SummaryView(s.id(), s.mrn(), s.nameHangul(), s.nameLatin(), s.sex().code(), s.birthDate(),
					s.voided());
		}
	}

	record SearchResult(List<SummaryView> items, String next) {
	}

	record VoidRequest(String reason) {
	}
}
