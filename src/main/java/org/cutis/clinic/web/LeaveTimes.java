package org.cutis.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Leave is usually whole days: a date alone starts at the day's start ({@code from}) or ends at
 * the end of the day ({@code to}); a date-time (with offset, or local to the center) is exact.
 */
final class LeaveTimes {
	private LeaveTimes() {
	}

	static Instant from(String text, ZoneId zone) {
		LocalDate day = date(text);
		return day != null ? day.atStartOfDay(zone).toInstant() : StartTime.parse(text, zone, "from");
	}

	static Instant to(String text, ZoneId zone) {
		LocalDate day = date(text);
		return day != null ? day.plusDays(1).atStartOfDay(zone).toInstant() : StartTime.parse(text, zone, "to");
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank() || text.trim().length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
