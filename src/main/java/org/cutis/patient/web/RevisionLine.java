package org.cutis.patient.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.patient.PatientDetails;
import org.cutis.patient.domain.PatientRevision;

import org.springframework.context.MessageSource;

/**
 * One earlier version of the registration, as the chart's history shows it: each kept field under
 * its label in the reader's language. Coded values (sex, language, insurance type) are translated;
 * what the registrar typed (names, address) is shown as typed and marked as such.
 */
record RevisionLine(long version, Instant changedAt, String changedBy, List<Field> fields) {

	record Field(String label, String value, boolean typed) {
	}

	static List<RevisionLine> render(List<PatientRevision> revisions, MessageSource messages, Locale locale) {
		return revisions.stream()
			.map(r -> new RevisionLine(r.version(), r.changedAt(), r.changedBy(),
					fields(PatientDetails.parseSnapshot(r.snapshot()), messages, locale)))
			.toList();
	}

	private static List<Field> fields(Map<String, String> snapshot, MessageSource messages, Locale locale) {
		List<Field> fields = new ArrayList<>();
		snapshot.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			String label = messages.getMessage("patient." + name, null, name, locale);
			String coded = switch (name) {
				case "sex" -> "patient.sex." + value;
				case "preferredLanguage" -> "layout.lang." + value;
				case "insurance" -> "patient.insurance." + value.split(" ")[0];
				default -> null;
			};
			if (coded == null) {
				fields.add(new Field(label, value, true));
			}
			else {
				String text = messages.getMessage(coded, null, value, locale);
				String rest = name.equals("insurance") && value.contains(" ") ? value.substring(value.indexOf(' ')) : "";
				fields.add(new Field(label, text + rest, false));
			}
		});
		return fields;
	}
}
