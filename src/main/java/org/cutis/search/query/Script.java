package org.cutis.search.query;

/** Which writing a word is in: Hangul and Latin words are searched and marked differently. */
final class Script {
	private Script() {
	}

	static boolean hangul(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	/** A letter of the Latin alphabet without accents (a–z, A–Z). */
	static boolean latinLetter(int c) {
		return c < 0x80 && Character.isLetter(c);
	}

	static boolean latin(String text) {
		return text.chars().anyMatch(Script::latinLetter);
	}
}
