package org.cutis.skincare.adverseevent.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.rules.ctcae.CtcaeTermSearch;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place the pages name a CTCAE term and list the terms to pick from: the rules' label in
 * the reader's language (rules.term.*, the CTCAE's English for English readers), found by the
 * rules' term search (Korean or English name, part of it, or a clinical synonym: "hand-foot skin
 * reaction" and 수족증후군 lead to palmar-plantar erythrodysesthesia syndrome).
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

	private static final CtcaeTermSearch SEARCH = new CtcaeTermSearch();

	/** Every term, in the reader's alphabet order. */
	public List<TermOption> options(Locale locale) {
		return Arrays.stream(CtcaeTerm.values())
			.map(t -> new TermOption(t.name(), label(t, locale)))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
	}

	/** The terms a typed query finds, best match first; every term for a blank query. */
	public List<TermOption> search(String query, Locale locale) {
		if (query == null || query.isBlank()) {
			return options(locale);
		}
		return SEARCH.search(query).stream().map(t -> new TermOption(t.name(), label(t, locale))).toList();
	}
}
