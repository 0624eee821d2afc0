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

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's changes: the override lines staging writes in words read in the reader's language. */
@CutisTest
class CaseChangeLinesTests {
	@Autowired
	SpringTemplateEngine templates;

	String render(Locale locale, String... descriptions) {
		Context context = new Context(locale);
		context.setVariable("lines", List.of(descriptions)
			.stream()
			.map(d -> new CaseChange("staging", d, null, Instant.now(), false))
			.toList());
		return templates.process("tumorboard/bits", Set.of("ul.changes"), context);
	}

	@Test
	void overrideLinesAreInTheReadersLanguageAndTnmLinesStayAsCodes() {
		String korean = render(Locale.KOREAN, "override: IB → IIA", "override withdrawn: IIA → IB", "pN: NX → N1a");
		assertThat(korean).contains("병기 수동 지정: IB → IIA", "수동 지정 병기 철회: IIA → IB", "pN: NX → N1a")
			.doesNotContain("override");
		assertThat(render(Locale.ENGLISH, "override: IB → IIA")).contains("override: IB → IIA");
	}
}
