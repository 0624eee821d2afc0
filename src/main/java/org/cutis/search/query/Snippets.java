package org.cutis.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Snippets and titles are HTML: every character of the record escaped first, and only then the
 * matched words wrapped in {@code <mark>}, so nothing a record or a query holds is ever markup.
 * The highlighter marks what the analysers matched (흑색종이 → 흑색종, carcinomas → carcinoma);
 * the typed words are marked besides where the highlighter cannot see them: a name found by its
 * beginning ("Kim Min" → <mark>Min</mark>su) or by a two-syllable part ("민수" → 김<mark>민수</mark>),
 * and identifiers matched exactly.
 */
final class Snippets {
	static final int LENGTH = 160;
	private static final Pattern MARK_TAG = Pattern.compile("</?mark>");

	private Snippets() {
	}

	/** What to mark: identifiers anywhere, Hangul words anywhere in a word, other words at a word's beginning. */
	record Terms(List<String> identifiers, List<String> words) {
		static final Terms NONE = new Terms(List.of(), List.of());

		static Terms of(SearchQuery query) {
			List<String> words = new ArrayList<>();
			for (String word : query.words().split(" ")) {
				String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
				if (w.codePointCount(0, w.length()) >= 2) {
					words.add(w);
				}
			}
			return new Terms(query.identifiers().stream().filter(i -> !i.isEmpty()).toList(), List.copyOf(words));
		}

		/** The length of the term that matches at {@code i}, or 0. */
		int matchAt(String text, int i) {
			int best = 0;
			for (String id : identifiers) {
				if (id.length() > best && text.regionMatches(true, i, id, 0, id.length())) {
					best = id.length();
				}
			}
			for (String word : words) {
				if (word.length() > best && text.regionMatches(true, i, word, 0, word.length())
						&& (Script.hangul(word) || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
					best = word.length();
				}
			}
			return best;
		}

		boolean isEmpty() {
			return identifiers.isEmpty() && words.isEmpty();
		}
	}

	/**
	 * The text around the first typed word found as typed, marked exactly (a name's beginning, not
	 * the whole name); else the highlighter's first fragment (words found through the analysers or
	 * a synonym), with the typed words marked too; else the text's beginning.
	 */
	static String of(List<List<String>> highlights, String body, Terms terms) {
		String typed = marked(body, terms);
		if (typed.contains("<mark>")) {
			return typed;
		}
		for (List<String> fragments : highlights) {
			if (fragments != null && !fragments.isEmpty() && !fragments.get(0).isBlank()) {
				return alsoMarked(fragments.get(0).replace('\n', ' '), terms);
			}
		}
		return typed;
	}

	/** Whether the typed words are in the text as typed: then {@link #of} needs no highlighter fragments. */
	static boolean typedFound(String body, Terms terms) {
		String text = body == null ? "" : body;
		for (int i = 0; i < text.length() && !terms.isEmpty(); i++) {
			if (terms.matchAt(text, i) > 0) {
				return true;
			}
		}
		return false;
	}

	/** A window of the text around the first match (its beginning when none), escaped and marked. */
	static String marked(String body, Terms terms) {
		String text = body == null ? "" : body.replace('\n', ' ');
		int first = -1;
		for (int i = 0; i < text.length() && first < 0 && !terms.isEmpty(); i++) {
			if (terms.matchAt(text, i) > 0) {
				first = i;
			}
		}
		int start = first < 40 ? 0 : first - 40;
		return mark(text.substring(start, Math.min(text.length(), start + LENGTH)), terms);
	}

	/** All of a plain text (a title), escaped and marked. */
	static String mark(String plain, Terms terms) {
		String text = plain == null ? "" : plain;
		StringBuilder html = new StringBuilder();
		int from = 0;
		int i = 0;
		while (i < text.length()) {
			int length = terms.matchAt(text, i);
			if (length == 0) {
				i++;
				continue;
			}
			html.append(escape(text.substring(from, i))).append("<mark>").append(escape(text.substring(i, i + length)))
				.append("</mark>");
			i += length;
			from = i;
		}
		return html.append(escape(text.substring(from))).toString();
	}

	/**
	 * The highlighter's HTML (escaped text and {@code <mark>} tags only) with the typed words marked
	 * outside its marks: each plain stretch is unescaped, then escaped again as {@link #mark} does.
	 */
	static String alsoMarked(String highlighted, Terms terms) {
		StringBuilder html = new StringBuilder();
		Matcher tags = MARK_TAG.matcher(highlighted);
		int from = 0;
		boolean inside = false;
		while (tags.find()) {
			String piece = highlighted.substring(from, tags.start());
			html.append(inside ? piece : mark(HtmlUtils.htmlUnescape(piece), terms)).append(tags.group());
			inside = tags.group().equals("<mark>");
			from = tags.end();
		}
		String rest = highlighted.substring(from);
		return html.append(inside ? rest : mark(HtmlUtils.htmlUnescape(rest), terms)).toString();
	}

	private static String escape(String s) {
		return HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
