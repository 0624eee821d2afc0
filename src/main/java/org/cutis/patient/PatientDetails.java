package org.cutis.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cutis.patient.Sex;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The registrable facts about a patient, checked together so the clerk sees every problem at
 * once. Names: Hangul, Latin letters, or both; at least one.
 */
public record PatientDetails(String nameHangul, String nameLatin, Sex sex, LocalDate birthDate, String phone,
		String address, String preferredLanguage, String emergencyName, String emergencyRelation,
		String emergencyPhone, String alerts) {

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
	private static final Pattern HANGUL_NAME = Pattern.compile("[\\p{IsHangul}][\\p{IsHangul} ]{0,49}");
	private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .,'-]{0,99}");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

	public PatientDetails {
		nameHangul = blankToNull(nameHangul);
		nameLatin = blankToNull(nameLatin);
		phone = blankToNull(phone);
		address = blankToNull(address);
		preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? "ko" : preferredLanguage.trim();
		emergencyName = blankToNull(emergencyName);
		emergencyRelation = blankToNull(emergencyRelation);
		emergencyPhone = blankToNull(emergencyPhone);
		alerts = blankToNull(alerts);
	}

	/** Every problem of these details on {@code today}, or nothing. */
	public void validate(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (nameHangul == null && nameLatin == null) {
			problems.add(new FieldProblem("nameHangul", "patient.name.required"));
		}
		if (nameHangul != null && !HANGUL_NAME.matcher(nameHangul).matches()) {
			problems.add(new FieldProblem("nameHangul", "patient.nameHangul.invalid"));
		}
		if (nameLatin != null && !LATIN_NAME.matcher(nameLatin).matches()) {
			problems.add(new FieldProblem("nameLatin", "patient.nameLatin.invalid"));
		}
		if (sex == null) {
			problems.add(new FieldProblem("sex", "patient.sex.required"));
		}
		if (birthDate == null) {
			problems.add(new FieldProblem("birthDate", "error.field.required"));
		}
		else if (birthDate.isAfter(today)) {
			problems.add(new FieldProblem("birthDate", "patient.birthDate.future"));
		}
		else if (birthDate.isBefore(EARLIEST_BIRTH)) {
			problems.add(new FieldProblem("birthDate", "patient.birthDate.tooEarly", EARLIEST_BIRTH.toString()));
		}
		checkPhone("phone", phone, problems);
		checkPhone("emergencyPhone", emergencyPhone, problems);
		if (!preferredLanguage.equals("ko") && !preferredLanguage.equals("en")) {
			problems.add(new FieldProblem("preferredLanguage", "patient.language.invalid"));
		}
		if (address != null && address.length() > 400) {
			problems.add(new FieldProblem("address", "error.field.tooLong", 400));
		}
		if (alerts != null && alerts.length() > 1000) {
			problems.add(new FieldProblem("alerts", "error.field.tooLong", 1000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void checkPhone(String field, String value, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		long digits = value.chars().filter(Character::isDigit).count();
		if (!PHONE.matcher(value).matches() || digits < 8 || digits > 15) {
			problems.add(new FieldProblem(field, "patient.phone.invalid"));
		}
	}

	/** The Latin name as a search key: lower case, letters only ("KIM Min-su" becomes "kimminsu"). */
	public String latinKey() {
		return nameLatin == null ? null : nameLatin.toLowerCase().replaceAll("[^a-z]", "");
	}

	/** Field name to value, for the record's history and for showing what another user changed. */
	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("nameHangul", nameHangul);
		map.put("nameLatin", nameLatin);
		map.put("sex", sex == null ? null : sex.code());
		map.put("birthDate", birthDate == null ? null : birthDate.toString());
		map.put("phone", phone);
		map.put("address", address);
		map.put("preferredLanguage", preferredLanguage);
		map.put("emergencyName", emergencyName);
		map.put("emergencyRelation", emergencyRelation);
		map.put("emergencyPhone", emergencyPhone);
		map.put("alerts", alerts);
		return map;
	}

	public String snapshot() {
		StringBuilder text = new StringBuilder();
		asMap().forEach((k, v) -> text.append(k).append('=').append(v == null ? "" : v.replace('\n', ' ')).append('\n'));
		return text.toString();
	}

	public static Map<String, String> parseSnapshot(String snapshot) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String line : snapshot.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				String value = line.substring(eq + 1);
				map.put(line.substring(0, eq), value.isEmpty() ? null : value);
			}
		}
		return map;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
	}
}
