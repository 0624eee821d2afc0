package org.cutis.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The text of a timeline or lineage entry in the reader's language. Modules store an entry as a
 * message key with arguments; an argument that is itself a message key (a reason, an urgency, a
 * diagnosis) is translated too, anything else (a name, a stage) is shown as recorded.
 */
public final class EntryText {
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z0-9-]+)+");

	private EntryText() {
	}

	public static String of(MessageSource messages, String key, List<Object> args, Locale locale) {
		Object[] translated = args.stream()
			.map(a -> a instanceof String text && MESSAGE_KEY.matcher(text).matches()
					? messages.getMessage(text, null, text, locale) : a)
			.toArray();
		return messages.getMessage(key, translated, key, locale);
	}
}
