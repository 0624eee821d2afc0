package org.cutis.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.cutis.search.query.SearchQuery;
import org.cutis.shared.InvalidInput;

/**
 * The request's parameters as typed, checked into a {@link SearchQuery} (dates as yyyy-mm-dd).
 * {@code diagnosis} and {@code patient} are the page's filters beyond the contract's (search-quality).
 */
record SearchParameters(String q, String type, String from, String to, String department, String state, String next,
		String diagnosis, String patient) {

	SearchParameters(String q, String type, String from, String to, String department, String state, String next) {
		this(q, type, from, to, department, state, next, null, null);
	}

	SearchQuery query() {
		return SearchQuery.of(q, type, date("from", from), date("to", to), department, state, next, diagnosis,
				patientId());
	}

	private UUID patientId() {
		if (patient == null || patient.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(patient.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("patient", "search.invalid.patient");
		}
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "search.invalid.date");
		}
	}
}
