package org.cutis.clinic.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.cutis.shared.InvalidInput;

/**
 * An appointment's start as the API and the forms take it: ISO-8601 with an offset
 * ("2026-12-01T09:30:00+09:00", "…Z"), or a local date-time read in the center's time zone
 * ("2026-12-01T09:30").
 */
final class StartTime {
	private StartTime() {
	}

	static Instant parse(String text, ZoneId zone, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(t).atZone(zone).toInstant();
			}
			catch (DateTimeParseException e) {
				throw new InvalidInput(field, "clinic.error.dateTime");
			}
		}
	}
}
