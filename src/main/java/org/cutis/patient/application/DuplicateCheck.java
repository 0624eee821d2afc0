package org.cutis.patient.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.patient.PatientSummary;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.domain.Patients;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates of a registration: the same birth date and a similar name in either script.
 * "Similar" allows one typing slip (one edit) so 김민수/김민서 or Kim Minsu/Kim Minso are shown
 * (Minsu/Minsoo, two edits, is not: romanisation variants are left to the Hangul name).
 * <p>
 * The database offers only the patients who could be similar: those born that day who share one of
 * the name's one-deletion keys (V1871: the name, or the name with one letter dropped; rows of
 * patient_duplicate_key, kept by a trigger), at most {@link #CANDIDATES}. Any two names within one
 * edit share such a key, so nothing {@link #similar} would find is left out, and a registration costs the same however many patients
 * share its birth date. Whole records are loaded for the few that are similar.
 */
@Component
public class DuplicateCheck {
	/**
	 * The most near names of one day that are compared: each shares a key with the new name, so
	 * more than this many would be a data load gone wrong, not a front desk's day.
	 */
	static final int CANDIDATES = 200;

	private final Patients patients;
	private final JdbcTemplate jdbc;

	DuplicateCheck(Patients patients, JdbcTemplate jdbc) {
		this.patients = patients;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<PatientSummary> candidates(PatientDetails details) {
		LocalDate birthDate = details.birthDate();
		if (birthDate == null) {
			return List.of();
		}
		// the keys carry the birth date, so the day's other patients are never read
		List<UUID> similar = jdbc.query("select p.id, p.name_hangul, p.name_latin_key from patient p"
				+ " where p.id in (select k.patient_id from patient_duplicate_key k"
				+ " where k.name_key = any (patient_duplicate_keys(?, ?, ?))) and p.voided_at is null limit " + CANDIDATES,
				(rs, row) -> similar(rs.getString("name_hangul"), rs.getString("name_latin_key"), details)
						? rs.getObject("id", UUID.class) : null,
				birthDate, details.nameHangul(), details.latinKey())
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		return similar.isEmpty() ? List.of()
				: patients.findAllById(similar).stream().map(Patient::summary).toList();
	}

	static boolean similar(String hangul, String latinKey, PatientDetails details) {
		boolean hangulSimilar = details.nameHangul() != null && hangul != null
				&& withinOneEdit(strip(details.nameHangul()), strip(hangul));
		boolean latinSimilar = details.latinKey() != null && latinKey != null
				&& withinOneEdit(details.latinKey(), latinKey);
		return hangulSimilar || latinSimilar;
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
