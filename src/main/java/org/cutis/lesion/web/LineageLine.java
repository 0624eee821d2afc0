package org.cutis.lesion.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cutis.lesion.LineageEntry;

import org.springframework.context.MessageSource;

/** A lineage entry in the reader's language; arguments that are message keys are translated too. */
public record LineageLine(Instant at, String text, String by, String link) {

	static List<LineageLine> render(List<LineageEntry> entries, MessageSource messages, Locale locale) {
		return entries.stream().map(e -> {
			Object[] args = e.args().stream().map(a -> translate(a, messages, locale)).toArray();
			return new LineageLine(e.at(), messages.getMessage(e.messageKey(), args, e.messageKey(), locale), e.by(),
					e.link());
		}).toList();
	}

	private static Object translate(Object arg, MessageSource messages, Locale locale) {
		if (arg instanceof String key && key.matches("[a-z]+(\\.[a-zA-Z0-9-]+)+")) {
			return messages.getMessage(key, null, key, locale);
		}
		return arg;
	}
}
