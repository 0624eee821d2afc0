package org.cutis.shared.web;

import java.util.List;

import org.cutis.rules.common.Explanation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Rule explanations on pages, in the reader's language: {@code ${@explanations.lines(record.why())}}.
 * The sentences are message codes with arguments ({@link Explanation}); the rules module renders
 * them itself with a plain resource bundle so that the batch needs no Spring, and this bean only
 * supplies the request's locale.
 */
@Component("explanations")
public class Explanations {

	public List<String> lines(List<Explanation> why) {
		return why == null ? List.of() : Explanation.render(why, LocaleContextHolder.getLocale());
	}

	/** Whether any line carries the [M] mark: the page then shows the one note that explains it. */
	public boolean hasUnverified(List<String> lines) {
		return lines != null && lines.stream().anyMatch(line -> line.contains(UNVERIFIED));
	}

	/** The footnote mark on sentences and codes not yet verified against their source. */
	public static final String UNVERIFIED = "[M]";

	public String line(Explanation why) {
		return why == null ? "" : why.render(LocaleContextHolder.getLocale());
	}
}
