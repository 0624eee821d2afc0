package org.cutis.lesion.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cutis.lesion.LineageEntry;
import org.cutis.shared.web.EntryText;

import org.springframework.context.MessageSource;

/** A lineage entry in the reader's language. */
public record LineageLine(Instant at, String text, String html, String by, String link) {

	static List<LineageLine> render(List<LineageEntry> entries, MessageSource messages, Locale locale) {
		return entries.stream()
			.map(e -> new LineageLine(e.at(), EntryText.of(messages, e.messageKey(), e.args(), locale),
					EntryText.html(messages, e.messageKey(), e.args(), locale), e.by(),
					e.link()))
			.toList();
	}
}
