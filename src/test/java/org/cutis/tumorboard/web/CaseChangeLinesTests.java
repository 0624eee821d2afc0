package org.cutis.tumorboard.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cutis.support.CutisTest;
import org.cutis.tumorboard.domain.CaseChange;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's changes in the reader's language: override lines and TNM fields labelled, the codes kept. */
@CutisTest
class CaseChangeLinesTests {
	@Autowired
	SpringTemplateEngine templates;
	@Autowired
	ApplicationContext applicationContext;

	String render(Locale locale, String... descriptions) {
		Context context = new Context(locale);
		// as in a request: the page's beans (@changeLines) and the reader's locale
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		LocaleContextHolder.setLocale(locale);
		context.setVariable("lines", List.of(descriptions)
			.stream()
			.map(d -> new CaseChange("staging", d, null, Instant.now(), false))
			.toList());
		try {
			return templates.process("tumorboard/bits", Set.of("ul.changes"), context);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void changeLinesAreInTheReadersLanguageWithTheirCodes() {
		String korean = render(Locale.KOREAN, "override: IB → IIA", "override withdrawn: IIA → IB", "pN: NX → N1a",
				"recurrent: false → true");
		assertThat(korean).contains("병기 수동 지정: IB → IIA", "수동 지정 병기 철회: IIA → IB", "병리 N 분류: NX → N1a",
				"재발 종양: 아니요 → 예")
			.doesNotContain("override", "recurrent");
		assertThat(render(Locale.ENGLISH, "override: IB → IIA")).contains("override: IB → IIA");
	}
}
