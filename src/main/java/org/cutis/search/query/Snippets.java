package org.cutis.search.query;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Snippets are HTML: every character of the record escaped, and the matched words (from the
 * highlighter, which escapes too, or the identifiers matched exactly) wrapped in {@code <mark>}.
 */
final class Snippets {
	static final int LENGTH = 160;

	private Snippets() {
	}

	/** The first highlighted fragment, else the beginning of the text with the identifiers marked. */
	static String of(List<List<String>> highlights, String body, List<String> identifiers) {
		for (List<String> fragments : highlights) {
			if (fragments != null && !fragments.isEmpty() && !fragments.get(0).isBlank()) {
				return fragments.get(0).replace('\n', ' ');
			}
		}
		return marked(body, identifiers);
	}

	static String marked(String body, List<String> identifiers) {
		String text = body == null ? "" : body.replace('\n', ' ');
		String lower = text.toLowerCase(Locale.ROOT);
		int start = 0;
		for (String id : identifiers) {
			int at = lower.indexOf(id);
			if (at >= 0) {
				start = Math.max(0, Math.min(start == 0 ? at : start, at) - 40);
				break;
			}
		}
		String window = text.substring(start, Math.min(text.length(), start + LENGTH));
		StringBuilder html = new StringBuilder();
		String lowerWindow = window.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < window.length()) {
			int best = -1;
			String found = null;
			for (String id : identifiers) {
				int at = lowerWindow.indexOf(id, i);
				if (at >= 0 && (best < 0 || at < best)) {
					best = at;
					found = id;
				}
			}
			if (best < 0) {
				html.append(HtmlUtils.htmlEscape(window.substring(i), "UTF-8"));
				break;
			}
			html.append(HtmlUtils.htmlEscape(window.substring(i, best), "UTF-8"))
				.append("<mark>")
				.append(HtmlUtils.htmlEscape(window.substring(best, best + found.length()), "UTF-8"))
				.append("</mark>");
			i = best + found.length();
		}
		return html.toString();
	}
}
