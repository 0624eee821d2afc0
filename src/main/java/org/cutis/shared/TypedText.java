package org.cutis.shared;

/**
 * Words a person typed (a reason, a label) carried as an argument of a coded sentence. The sentence
 * is translated; these words are shown exactly as typed and marked as a quotation on the page, so a
 * Korean page quoting an English reason still says everything else in Korean.
 */
public record TypedText(String text) {

	public static TypedText of(String text) {
		return new TypedText(text == null ? "" : text);
	}

	@Override
	public String toString() {
		return text;
	}
}
