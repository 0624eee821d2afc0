package org.cutis.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cutis.shared.TypedText;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of a timeline or lineage entry in the reader's language. Modules store an entry as a
 * message key with arguments; an argument that is itself a message key (a reason, an urgency, a
 * diagnosis) is translated too, words a person typed ({@link TypedText}) are quoted as typed, anything
 * else (a name, a stage) is shown as recorded.
 */
public final class EntryText {
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z0-9_-]+)+");
	private static final char MARK = '\u0000';

	private EntryText() {
	}

	/** Plain text, for lists and PDFs. */
	public static String of(MessageSource messages, String key, List<Object> args, Locale locale) {
		Object[] translated = args.stream()
			.map(a -> a instanceof TypedText typed ? typed.text() : translate(messages, a, locale))
			.toArray();
		return messages.getMessage(key, translated, key, locale);
	}

	/**
	 * Escaped HTML in which typed words are wrapped in {@code <span translate="no">}: the page says
	 * they are a quotation, which the language check and translation tools respect.
	 */
	public static String html(MessageSource messages, String key, List<Object> args, Locale locale) {
		List<String> quoted = new ArrayList<>();
		Object[] translated = args.stream()
			.map(a -> {
				if (a instanceof TypedText typed) {
					quoted.add(typed.text());
					return MARK + String.valueOf(quoted.size() - 1) + MARK;
				}
				return translate(messages, a, locale);
			})
			.toArray();
		String html = HtmlUtils.htmlEscape(messages.getMessage(key, translated, key, locale));
		for (int i = 0; i < quoted.size(); i++) {
			html = html.replace(MARK + String.valueOf(i) + MARK,
					"<span translate=\"no\">" + HtmlUtils.htmlEscape(quoted.get(i)) + "</span>");
		}
		return html;
	}

	private static Object translate(MessageSource messages, Object arg, Locale locale) {
		return arg instanceof String text && MESSAGE_KEY.matcher(text).matches()
				? messages.getMessage(text, null, text, locale) : arg;
	}
}
