package org.cutis.patient.application;

import java.time.LocalDate;
import java.util.List;

import org.cutis.patient.PatientSummary;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.domain.Patients;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates of a registration: the same birth date and a similar name in either script.
 * "Similar" allows one typing slip (one edit) so 김민수/김민서 or Kim Minsu/Kim Minso are shown
 * (Minsu/Minsoo, two edits, is not: romanisation variants are left to the Hangul name).
 */
@Component
public class DuplicateCheck {
	private final Patients patients;

	DuplicateCheck(Patients patients) {
		this.patients = patients;
	}

	@Transactional(readOnly = true)
	public List<PatientSummary> candidates(PatientDetails details) {
		LocalDate birthDate = details.birthDate();
		if (birthDate == null) {
			return List.of();
		}
		return patients.findByBirthDate(birthDate)
			.stream()
			.filter(p -> !p.isVoided())
			.filter(p -> similar(p, details))
			.map(Patient::summary)
			.toList();
	}

	static boolean similar(Patient existing, PatientDetails details) {
		PatientDetails other = existing.details();
		boolean hangul = details.nameHangul() != null && other.nameHangul() != null
				&& withinOneEdit(strip(details.nameHangul()), strip(other.nameHangul()));
		boolean latin = details.latinKey() != null && other.latinKey() != null
				&& withinOneEdit(details.latinKey(), other.latinKey());
		return hangul || latin;
	}

	private static String strip(String name) {
		return name.replace(" ", "");
	}

	static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (b.length() > a.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}
}
