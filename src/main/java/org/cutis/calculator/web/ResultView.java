package org.cutis.calculator.web;

import java.util.List;

/**
 * A rule's answer as the page shows it.
 *
 * @param value       the result value, translated where it is a word (low, offer, grade 3)
 * @param valueInEnglish whether {@code value} is the engine's English text
 * @param details     the result's other fields (margins, Mohs area, CTCAE definition, imaging)
 * @param periods     follow-up periods, in order; empty for other rules
 * @param explanation the engine's sentences in the reader's language
 * @param source      guideline and edition
 * @param ruleSet     versioned rule-set id
 */
public record ResultView(String value, boolean valueInEnglish, List<Detail> details, List<Period> periods,
		List<String> explanation, String source, String ruleSet) {

	/** One more result field: label key and text; {@code english} when the text is the engine's. */
	public record Detail(String labelKey, String text, boolean english) {
	}

	/** One follow-up period in the user's language: years after treatment and visit interval. */
	public record Period(String years, String interval) {
	}
}
