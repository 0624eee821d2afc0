package org.cutis.site.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.site.SiteLanguage;
import org.cutis.site.application.SiteHit;
import org.cutis.site.application.SiteSearch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/site/search?q=&lang=ko|en}, anonymous: the public pages matching the words,
 * {@code {"items": [{"title", "url", "snippet"}]}}. The snippet is HTML: the page's text escaped
 * with the matched words in {@code <mark>}. An empty query finds nothing (200, no items); a
 * language other than ko or en is a field error.
 */
@RestController
@Tag(name = "site", description = "The center's public website (no login)")
class SiteSearchApiController {
	private final SiteSearch search;

	SiteSearchApiController(SiteSearch search) {
		this.search = search;
	}

	record Found(List<SiteHit> items) {
	}

	@Operation(summary = "Search the public pages in Korean (ko, the default) or English (en); snippets mark the matches")
	@GetMapping("/api/v1/site/search")
	@Requires(Permission.PUBLIC)
	Found search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "lang", required = false) String lang) {
		SiteLanguage language = lang == null || lang.isBlank() ? SiteLanguage.KO
				: SiteLanguage.of(lang).orElseThrow(() -> new InvalidInput("lang", "error.field.oneOf", "ko, en"));
		return new Found(search.search(q, language));
	}

	/** The query as the search box shows it again: cut like the search cuts it. */
	static String shown(String q) {
		String text = q == null ? "" : q.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
