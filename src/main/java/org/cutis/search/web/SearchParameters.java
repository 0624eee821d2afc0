package org.cutis.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cutis.search.query.SearchQuery;
import org.cutis.shared.InvalidInput;

/** The request's parameters as typed, checked into a {@link SearchQuery} (dates as yyyy-mm-dd). */
record SearchParameters(String q, String type, String from, String to, String department, String state, String next) {

	SearchQuery query() {
		return SearchQuery.of(q, type, date("from", from), date("to", to), department, state, next);
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
