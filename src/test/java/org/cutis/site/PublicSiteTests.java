package org.cutis.site;

import java.util.List;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public site through HTTP: every page open to anyone in Korean and English, the site search
 * (API and page) in both languages with highlighted snippets, hostile queries, and the editor's
 * work: preview (no HTML passes through), publish (the search finds the new words), a stale
 * publication refused, an earlier version restored.
 */
@CutisTest
class PublicSiteTests {
	static final List<String> SLUGS = List.of("home", "diagnosis", "treatment", "melanoma", "skin-care", "follow-up",
			"team", "appointments", "directions");

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void everyPageOpensWithoutLoginInKoreanAndEnglish() throws Exception {
		for (String slug : SLUGS) {
			for (SiteLanguage language : SiteLanguage.values()) {
				mvc.perform(get(language.url(slug)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("<html lang=\"" + language.code() + "\"")))
					.andExpect(content().string(containsString("href=\"#main\"")))
					.andExpect(content().string(containsString("<h1>")))
					.andExpect(content().string(containsString("<details class=\"full-menu\">")))
					.andExpect(content().string(containsString("href=\"" + language.other().url(slug) + "\"")));
			}
		}
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("<title>센터 소개 · 피부암·항암피부관리 센터</title>")))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("직원 로그인")));
		mvc.perform(get("/en/"))
			.andExpect(content().string(containsString("<title>About the center · Skin Cancer / Chemotherapy Skin Care Center</title>")));
		mvc.perform(get("/ko/menu")).andExpect(status().isOk()).andExpect(content().string(containsString("진단과 치료")));
		mvc.perform(get("/en/menu")).andExpect(status().isOk()).andExpect(content().string(containsString("Melanoma care")));
		mvc.perform(get("/ko/")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").param("lang", "en")).andExpect(redirectedUrl("/en/"));
		mvc.perform(get("/ko/no-such-page")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("찾는 안내가 없습니다")));
	}

	@Test
	void theSiteSearchFindsKoreanAndEnglishWithHighlightedSnippets() throws Exception {
		// nori: an inflected form (흑색종이) finds the noun (흑색종)
		mvc.perform(get("/api/v1/site/search").param("q", "흑색종이").param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].url").value("/ko/melanoma"))
			.andExpect(jsonPath("$.items[0].title").value("흑색종 진료"))
			.andExpect(jsonPath("$.items[0].snippet", containsString("<mark>흑색종</mark>")));
		mvc.perform(get("/api/v1/site/search").param("q", "조직검사").param("lang", "ko"))
			.andExpect(jsonPath("$.items[*].url", hasItem("/ko/diagnosis")));
		// English stemming: biopsies finds biopsy
		mvc.perform(get("/api/v1/site/search").param("q", "biopsies").param("lang", "en"))
			.andExpect(jsonPath("$.items[*].url", hasItem("/en/diagnosis")))
			.andExpect(jsonPath("$.items[0].snippet", containsString("<mark>")));
		mvc.perform(get("/api/v1/site/search").param("q", "Mohs surgery").param("lang", "en"))
			.andExpect(jsonPath("$.items[*].url", hasItem("/en/treatment")));
		mvc.perform(get("/api/v1/site/search").param("q", "모스 미세도식 수술").param("lang", "ko"))
			.andExpect(jsonPath("$.items[*].url", hasItem("/ko/treatment")));
		// the page: results with their snippets, the query back only in the search box
		mvc.perform(get("/ko/search").param("q", "흑색종"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>흑색")))
			.andExpect(content().string(containsString("href=\"/ko/melanoma\"")));
		mvc.perform(get("/en/search").param("q", "melanoma"))
			.andExpect(content().string(containsString("<mark>melanoma</mark>")));
		// snippets are what a reader reads: a link's words, not its address
		mvc.perform(get("/api/v1/site/search").param("q", "follow-up").param("lang", "en"))
			.andExpect(jsonPath("$.items[*].snippet", not(hasItem(containsString("(/en/")))));
	}

	@Test
	void hostileQueriesAreOnlyText() throws Exception {
		List<String> queries = List.of("", " ", "a".repeat(10_000), "흑".repeat(10_000), "*:*", "OR 1=1", "\"unbalanced",
				"title:(melanoma", "\\", "\\\\\"", "<script>alert(1)</script>", "\u0000\u0007\u001b[31m흑색종",
				"\uD83D", "?*~^", "melanoma~2 AND body:*");
		for (String q : queries) {
			for (String lang : List.of("ko", "en")) {
				MvcResult api = mvc.perform(get("/api/v1/site/search").param("q", q).param("lang", lang)).andReturn();
				// found nothing or something (200); a NUL character is refused by every route before any
				// controller (400, rendered as a problem by the error page, which MockMvc does not dispatch to)
				int status = api.getResponse().getStatus();
				assertThat(status).as("API %s", q.length() > 40 ? q.substring(0, 40) : q).isIn(200, 400);
				if (status == 200) {
					assertThat(api.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
				}
				assertThat(api.getResponse().getContentAsString()).doesNotContain("<script").doesNotContain("alert(1)");
				MvcResult page = mvc.perform(get("/" + lang + "/search").param("q", q)).andReturn();
				assertThat(page.getResponse().getStatus()).as("page %s", q.length() > 40 ? q.substring(0, 40) : q)
					.isIn(200, 400);
				assertThat(page.getResponse().getContentAsString()).doesNotContain("<script>alert");
			}
		}
		mvc.perform(get("/api/v1/site/search").param("q", "melanoma").param("lang", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/site/search"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void theEditorPreviewsPublishesAndRestores() throws Exception {
		String editor = staff.create(Role.EDITOR);
		String dermatologist = staff.create(Role.DERMATOLOGIST);
		mvc.perform(get("/site-editor").with(login.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/site-editor/treatment/ko")));
		mvc.perform(get("/site-editor").with(login.as(dermatologist))).andExpect(status().isForbidden());
		mvc.perform(get("/site-editor")).andExpect(status().is3xxRedirection());
		// an editor sees no patient
		mvc.perform(get("/patients/search").param("q", "김").with(login.as(editor))).andExpect(status().isForbidden());

		String edit = mvc.perform(get("/site-editor/treatment/ko").with(login.as(editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int base = Integer.parseInt(edit.replaceAll("(?s).*name=\"baseVersion\" value=\"(\\d+)\".*", "$1"));

		// the preview renders as the page will; HTML typed in is text, a javascript: link loses its target
		mvc.perform(post("/site-editor/treatment/ko/preview").with(login.as(editor)).with(csrf())
			.param("title", "치료").param("baseVersion", String.valueOf(base))
			.param("markdown", "## 새 소식\n\n<script>alert(1)</script> [누르기](javascript:alert(2))"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>새 소식</h2>")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("href=\"javascript"))));
		mvc.perform(post("/site-editor/treatment/ko").with(login.as(editor)).with(csrf())
			.param("title", " ").param("markdown", "").param("baseVersion", String.valueOf(base)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제목: 필수 입력 항목입니다.")));

		String text = "## 광역동 치료\n\n얕은 기저세포암 일부에는 광역동 치료를 하기도 합니다.";
		mvc.perform(post("/site-editor/treatment/ko").with(login.as(editor)).with(csrf())
			.param("title", "치료 방법").param("markdown", text).param("baseVersion", String.valueOf(base)))
			.andExpect(redirectedUrl("/site-editor/treatment/ko"));
		mvc.perform(get("/ko/treatment"))
			.andExpect(content().string(containsString("<h1>치료 방법</h1>")))
			.andExpect(content().string(containsString("광역동 치료를 하기도 합니다")));
		mvc.perform(get("/api/v1/site/search").param("q", "광역동").param("lang", "ko"))
			.andExpect(jsonPath("$.items[0].url").value("/ko/treatment"))
			.andExpect(jsonPath("$.items[0].title").value("치료 방법"))
			.andExpect(jsonPath("$.items[0].snippet", containsString("<mark>")));
		// the English page is untouched
		mvc.perform(get("/en/treatment")).andExpect(content().string(containsString("<h1>Treatment</h1>")));

		// a second publication from the same base version is refused, not silently laid over the first
		mvc.perform(post("/site-editor/treatment/ko").with(login.as(editor)).with(csrf())
			.param("title", "치료").param("markdown", "다른 글").param("baseVersion", String.valueOf(base)))
			.andExpect(status().isConflict());

		// restore the version the editor started from: published again as the newest
		mvc.perform(post("/site-editor/treatment/ko/versions/" + base + "/restore").with(login.as(editor)).with(csrf()))
			.andExpect(redirectedUrl("/site-editor/treatment/ko"));
		mvc.perform(get("/ko/treatment"))
			.andExpect(content().string(containsString("<h1>치료</h1>")))
			.andExpect(content().string(not(containsString("광역동"))));
		mvc.perform(get("/api/v1/site/search").param("q", "광역동").param("lang", "ko"))
			.andExpect(jsonPath("$.items[*].url", not(hasItem("/ko/treatment"))));
		mvc.perform(get("/site-editor/treatment/ko").with(login.as(editor)))
			.andExpect(content().string(containsString("id=\"version-" + (base + 2) + "\"")))
			.andExpect(content().string(containsString(base + "판을 다시 게시")));
		mvc.perform(get("/site-editor/treatment/ko/versions/" + (base + 1)).with(login.as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("광역동 치료를 하기도 합니다")));
		mvc.perform(get("/site-editor/treatment/xx").with(login.as(editor))).andExpect(status().isNotFound());
		mvc.perform(get("/site-editor/treatment/ko/versions/999").with(login.as(editor))).andExpect(status().isNotFound());
	}

}
