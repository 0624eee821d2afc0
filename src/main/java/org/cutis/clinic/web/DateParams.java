package org.cutis.clinic.web;

import java.time.LocalDate;

import org.cutis.shared.InvalidInput;

/**
 * Dates from a query string (JSON bodies are checked by the shared reader): years 1 to 9999, as
 * "yyyy-mm-dd" says, so that a fuzzed "-999999999-01-01" is a field error and not a database error.
 */
final class DateParams {
	private DateParams() {
	}

	static LocalDate checked(String field, LocalDate date) {
		if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
			throw new InvalidInput(field, "error.field.outOfRange");
		}
		return date;
	}
}
