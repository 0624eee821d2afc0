package org.cutis.patient.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cutis.patient.TimelineEntry;
import org.cutis.shared.web.EntryText;

import org.springframework.context.MessageSource;

/** A timeline entry rendered in the reader's language, its time already written out for the page. */
record TimelineLine(Instant at, String when, String html, String by, String link) {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static List<TimelineLine> render(List<TimelineEntry> entries, MessageSource messages, Locale locale) {
		ZoneId zone = ZoneId.systemDefault();
		return entries.stream()
			.map(e -> new TimelineLine(e.at(), WHEN.format(e.at().atZone(zone)),
					EntryText.html(messages, e.messageKey(), e.args(), locale), e.by(), e.link()))
			.toList();
	}
}
