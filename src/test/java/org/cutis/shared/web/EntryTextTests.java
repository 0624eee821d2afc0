package org.cutis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.cutis.shared.TypedText;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

class EntryTextTests {
	private final StaticMessageSource messages = new StaticMessageSource();

	EntryTextTests() {
		messages.addMessage("staging.timeline.overridden", Locale.KOREAN, "병기 {0}를 {1}로 변경: {2}");
		messages.addMessage("staging.timeline.staged", Locale.KOREAN, "병기: {0} ({1})");
		messages.addMessage("staging.occasion.override_withdrawn", Locale.KOREAN, "수정 철회");
	}

	@Test
	void aCodedArgumentWithAnUnderscoreIsTranslated() {
		assertThat(EntryText.of(messages, "staging.timeline.staged", List.of("IB", "staging.occasion.override_withdrawn"),
				Locale.KOREAN)).isEqualTo("병기: IB (수정 철회)");
	}

	@Test
	void typedWordsAreQuotedAsTypedAndEscaped() {
		List<Object> args = List.of("IB", "IIA", TypedText.of("staging.occasion.override_withdrawn <b>&"));
		assertThat(EntryText.of(messages, "staging.timeline.overridden", args, Locale.KOREAN))
			.isEqualTo("병기 IB를 IIA로 변경: staging.occasion.override_withdrawn <b>&");
		assertThat(EntryText.html(messages, "staging.timeline.overridden", args, Locale.KOREAN))
			.isEqualTo("병기 IB를 IIA로 변경: <span translate=\"no\">staging.occasion.override_withdrawn &lt;b&gt;&amp;</span>");
	}

	@Test
	void theSentenceItselfIsEscaped() {
		messages.addMessage("x.y", Locale.KOREAN, "<{0}>");
		assertThat(EntryText.html(messages, "x.y", List.of("a&b"), Locale.KOREAN)).isEqualTo("&lt;a&amp;b&gt;");
	}
}
