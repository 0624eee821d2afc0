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

	public String line(Explanation why) {
		return why == null ? "" : why.render(LocaleContextHolder.getLocale());
	}
}
