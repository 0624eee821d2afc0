package org.cutis.patient.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cutis.patient.TimelineEntry;
import org.cutis.shared.web.EntryText;

import org.springframework.context.MessageSource;

/** A timeline entry rendered in the reader's language. */
record TimelineLine(Instant at, String text, String html, String by, String link) {

	static List<TimelineLine> render(List<TimelineEntry> entries, MessageSource messages, Locale locale) {
		return entries.stream()
			.map(e -> new TimelineLine(e.at(), EntryText.of(messages, e.messageKey(), e.args(), locale),
					EntryText.html(messages, e.messageKey(), e.args(), locale), e.by(),
					e.link()))
			.toList();
	}
}
