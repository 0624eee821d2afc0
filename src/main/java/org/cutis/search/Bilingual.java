package org.cutis.search;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A coded value's label in Korean and English for a document's text, so that either finds it (a
 * document is indexed once, for readers of both languages). An unknown key gives nothing.
 */
@Component
public class Bilingual {
	private final MessageSource messages;

	Bilingual(MessageSource messages) {
		this.messages = messages;
	}

	public String label(String key) {
		String ko = messages.getMessage(key, null, "", Locale.KOREAN);
		String en = messages.getMessage(key, null, "", Locale.ENGLISH);
		return ko.equals(en) ? ko : (ko + " " + en).strip();
	}

	/** Words joined by spaces, skipping nulls and blanks. */
	public static String words(String... words) {
		StringBuilder text = new StringBuilder();
		for (String w : words) {
			if (w != null && !w.isBlank()) {
				text.append(text.length() == 0 ? "" : " ").append(w.strip());
			}
		}
		return text.toString();
	}
}
