package org.cutis.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remembered lookups answer as the bundles do, every time, in each language. */
class ModuleMessagesTests {
	private final MessageSource messages = new MessagesConfiguration().messageSource();

	@Test
	void aTextIsTheSameOnTheSecondAskingAndDiffersByLanguage() {
		String korean = messages.getMessage("layout.menu.home", null, Locale.KOREAN);
		assertThat(messages.getMessage("layout.menu.home", null, Locale.KOREAN)).isEqualTo(korean);
		assertThat(messages.getMessage("layout.menu.home", null, Locale.KOREAN))
			.isNotEqualTo(messages.getMessage("layout.menu.home", null, Locale.ENGLISH));
	}

	@Test
	void argumentsAndKoreanParticlesStillFitEachCall() {
		assertThat(messages.getMessage("paging.showing", new Object[] { 1, 50, 1020 }, Locale.ENGLISH))
			.isEqualTo("1–50 of 1,020");
		assertThat(messages.getMessage("paging.showing", new Object[] { 51, 100, 1020 }, Locale.ENGLISH))
			.isEqualTo("51–100 of 1,020");
		// the same remembered text, a particle fitted to each word: 팔 ends in a consonant, 다리 in a vowel
		assertThat(messages.getMessage("lesion.recorded", new Object[] { "팔" }, Locale.KOREAN)).isEqualTo("병변 팔을 기록했습니다.");
		assertThat(messages.getMessage("lesion.recorded", new Object[] { "다리" }, Locale.KOREAN)).isEqualTo("병변 다리를 기록했습니다.");
	}

	@Test
	void anUnknownCodeStaysUnknownAndFallsBackToTheDefault() {
		assertThatThrownBy(() -> messages.getMessage("no.such.code", null, Locale.KOREAN))
			.isInstanceOf(NoSuchMessageException.class);
		assertThatThrownBy(() -> messages.getMessage("no.such.code", null, Locale.KOREAN))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(messages.getMessage("no.such.code", null, "기본", Locale.KOREAN)).isEqualTo("기본");
	}
}
