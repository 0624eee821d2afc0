package org.cutis.shared.web;

import org.cutis.identity.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Web slice (no database, no security filters): the public center page in both languages, and
 * how the language is chosen — Korean by default, the browser's English when asked, and an
 * explicit switch remembered in a cookie.
 */
@WebMvcTest(controllers = HomeController.class,
		// the account-bound language preference needs the database; this slice has none
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.cutis\\.identity\\..*"))
@AutoConfigureMockMvc(addFilters = false)
// the layout asks the access matrix which menu entries to show
@Import({ LocaleConfiguration.class, MessagesConfiguration.class, Access.class })
class PublicSiteWebTests {
	@Autowired
	MockMvc mvc;

	@Test
	void koreanByDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("피부암·항암피부관리 센터")))
			.andExpect(content().string(containsString("본문 바로가기")));
	}

	@Test
	void englishWhenTheBrowserAsks() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Skip to content")));
	}

	@Test
	void anExplicitSwitchIsRememberedInACookie() throws Exception {
		mvc.perform(get("/").param("lang", "en").header("Accept-Language", "ko"))
			.andExpect(cookie().value("cutis-lang", "en"))
			.andExpect(content().string(containsString("Skin Cancer / Chemotherapy Skin Care Center")));
	}

	@Test
	void anUnsupportedLanguageFallsBackToKorean() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("<html lang=\"ko\"")));
	}
}
