package org.cutis.shared.web;

import java.util.List;

/**
 * The values a fuzzer tries where an operation expects a string, a number, an id or a date:
 * over-long text around the columns' lengths, NUL and other control characters, Unicode edge
 * cases (lone surrogates, right-to-left overrides, stacked combining marks, emoji sequences,
 * non-characters), numbers at and beyond the limits of Java's types, and malformed ids.
 */
final class HostileValues {
	private HostileValues() {
	}

	/** One past the column lengths used in the schema, and far beyond them. */
	static final List<Integer> LENGTHS = List.of(11, 13, 21, 31, 41, 61, 101, 201, 401, 501, 1001, 2001, 4001, 10_001,
			100_001);

	static final List<String> UNICODE = List.of(
			// NUL alone, inside text, and other control characters
			"\u0000", "Kim\u0000Minsu", "\u0001\u0008\u001b[31m\u007f", "line\r\nbreak\u2028\u2029",
			// lone and reversed surrogates (Java strings allow them, UTF-8 does not)
			"\ud800", "abc\udc00def", "\udc00\ud800",
			// right-to-left text and overrides
			"\u202eKIM\u202c", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "\u200f\u200e\u2066\u2069",
			// stacked combining marks ("Zalgo") and decomposed Hangul jamo
			"Z\u0336\u0334\u0335\u0337\u0338\u0321\u0322\u0327\u0328\u031b\u0340\u0341\u0358\u0360\u0361\u0362",
			"\u1100\u1161\u11a8\u1100\u1161", "e" + "\u0301".repeat(300),
			// emoji: a profession with skin tone and joiner, a flag, a family
			"\ud83d\udc69\ud83c\udffd\u200d\u2695\ufe0f", "\ud83c\uddf0\ud83c\uddf7",
			"\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66",
			// zero width, byte order mark, non-characters, the replacement character
			"\u200b\u200c\u200d\ufeff", "\ufffe\uffff\ufffd", "\uDBFF\uDFFF",
			// full-width digits and letters, Hangul compatibility jamo
			"\uff11\uff12\uff13\uff21", "\u3131\u314f",
			// markup, SQL and template syntax (never evaluated; must be stored or refused as text)
			"<script>alert(1)</script>", "' or '1'='1' --", "${7*7}__${T(java.lang.Runtime)}__", "%00%n%s%x",
			// blanks
			"", " ", "\t\n");

	/** Numbers at the edges of int, long, double and decimal columns. */
	static final List<String> NUMBERS = List.of("9223372036854775807", "-9223372036854775808", "9223372036854775808",
			"2147483648", "-2147483649", "1e308", "1e400", "-1e400", "4.9e-324", "-0.0", "0", "-1",
			"123456789012345678901234567890.123456789", "0.000000000000000000000000000001", "99999.999", "1E+2147483647");

	/** Strings that are meant as numbers but are none. */
	static final List<String> NOT_NUMBERS = List.of("\"NaN\"", "\"Infinity\"", "\"12\"", "\"1,5\"", "\"\"");

	/** Path segments that are no id: not a UUID, NUL, dot segments, a UUID with a letter too many. */
	static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "0", "-1", "\u0000", "..", "%2e%2e",
			"00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-0000000000000",
			"\ud83d\ude00", "' or 1=1 --", "a".repeat(300), "null", "{id}", "00000000000000000000000000000000");

	static final List<String> DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31",
			"-999999999-01-01", "99999-01-01", "1899-12-31", "2100-01-01", "2026-01-01T00:00:00Z", "yesterday",
			"2026/01/01", "01-01-2026");

	static final List<String> DATE_TIMES = List.of("2026-01-01T00:00:00", "+999999999-12-31T23:59:59Z",
			"-999999999-01-01T00:00:00Z", "2026-01-01", "1970-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "now");

	static String longText(int length) {
		StringBuilder text = new StringBuilder(length);
		String pattern = "피부암 melanoma ";
		while (text.length() < length) {
			text.append(pattern);
		}
		text.setLength(length);
		return text.toString();
	}
}
