package org.cutis.skincare.adverseevent.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cutis.rules.ctcae.CtcaeTerm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place the pages name a CTCAE term and list the terms to pick from: the rules' label in
 * the reader's language (rules.term.*, the CTCAE's English for English readers). When the rules
 * offer a search with Korean synonyms ("hand-foot skin reaction"), the picker switches here.
 */
@Component("ctcaeTermNames")
public class CtcaeTermNames {
	private final MessageSource messages;

	CtcaeTermNames(MessageSource messages) {
		this.messages = messages;
	}

	public String label(CtcaeTerm term, Locale locale) {
		return messages.getMessage(key(term), null, term.termName(), locale);
	}

	/** For the chart timeline's arguments: a message key that renders the term in the reader's language. */
	public static String key(CtcaeTerm term) {
		return "rules.term." + term.termName().replaceAll("[^A-Za-z0-9]+", "-");
	}

	public record TermOption(String code, String label) {
	}

	/** Every term, in the reader's alphabet order. */
	public List<TermOption> options(Locale locale) {
		return Arrays.stream(CtcaeTerm.values())
			.map(t -> new TermOption(t.name(), label(t, locale)))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
	}
}
