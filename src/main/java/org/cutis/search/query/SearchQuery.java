package org.cutis.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cutis.shared.InvalidInput;

/**
 * What was typed, made safe: control characters become spaces, at most {@link #MAX_LENGTH}
 * characters are searched, and nothing in it is syntax (no Lucene query parser ever sees it).
 * Words with a digit are identifiers (MRN, accession number, birth date, phone) and are only ever
 * matched whole and exactly; the other words are searched as text.
 */
public record SearchQuery(String text, List<String> identifiers, String words, String type, LocalDate from,
		LocalDate to, String department, String state, int offset) {
	public static final int MAX_LENGTH = 200;
	public static final int MAX_OFFSET = 1000;

	public static SearchQuery of(String q, String type, LocalDate from, LocalDate to, String department, String state,
			String next) {
		String text = clean(q);
		List<String> identifiers = new ArrayList<>();
		StringBuilder words = new StringBuilder();
		for (String token : text.split(" ")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.chars().anyMatch(Character::isDigit)) {
				identifiers.add(token.toLowerCase(Locale.ROOT));
			}
			else {
				words.append(words.length() == 0 ? "" : " ").append(token);
			}
		}
		if (type != null && !type.isBlank() && !type.matches("[a-z][a-z-]{0,29}")) {
			throw new InvalidInput("type", "search.invalid.type");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("to", "search.invalid.range");
		}
		return new SearchQuery(text, List.copyOf(identifiers), words.toString(), blankToNull(type), from, to,
				blankToNull(department), blankToNull(state), offset(next));
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}

	/** Control and format characters out, whitespace collapsed, cut to the longest query searched. */
	static String clean(String q) {
		if (q == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder();
		q.codePoints().limit(MAX_LENGTH * 4L).forEach(c -> {
			int kind = Character.getType(c);
			boolean control = kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.SURROGATE
					|| kind == Character.PRIVATE_USE || kind == Character.UNASSIGNED;
			clean.appendCodePoint(control || Character.isWhitespace(c) ? ' ' : c);
		});
		String collapsed = clean.toString().strip().replaceAll(" +", " ");
		if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
			collapsed = collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return collapsed;
	}

	private static int offset(String next) {
		if (next == null || next.isBlank()) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(next.strip());
			if (offset < 0 || offset > MAX_OFFSET) {
				throw new NumberFormatException();
			}
			return offset;
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("next", "search.invalid.next", MAX_OFFSET);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
