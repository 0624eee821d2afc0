package org.cutis.site.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.site.SiteLanguage;
import org.cutis.site.application.PageMarkdown;
import org.cutis.site.application.PageVersion;
import org.cutis.site.application.SiteHit;
import org.cutis.site.application.SitePages;
import org.cutis.site.application.SiteSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The center's public pages, open to everyone: Korean at {@code /} and {@code /ko/…}, English at
 * {@code /en/} and {@code /en/…}. The address decides the language (a shared link opens in the
 * language it was sent in), and the page's language becomes the reader's choice for what follows.
 * The full menu is in every page's header (a disclosure that works without JavaScript) and on a
 * page of its own; the site search has its page and {@link SiteSearchApiController}.
 */
@Controller
class PublicSiteController {
	private final SitePages pages;
	private final PageMarkdown markdown;
	private final SiteSearch search;
	private final LocaleResolver locales;
	private final PublicSite mode;

	PublicSiteController(SitePages pages, PageMarkdown markdown, SiteSearch search, LocaleResolver locales,
			PublicSite mode) {
		this.pages = pages;
		this.markdown = markdown;
		this.search = search;
		this.locales = locales;
		this.mode = mode;
	}

	@GetMapping("/")
	@Requires(Permission.PUBLIC)
	String koreanHome(@RequestParam(name = "lang", required = false) String lang, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		// the staff header's switch (?lang=en) on the front page leads to the English front page
		if (SiteLanguage.of(lang).orElse(SiteLanguage.KO) == SiteLanguage.EN) {
			return "redirect:/en/";
		}
		return page("home", SiteLanguage.KO, model, request, response);
	}

	@GetMapping({ "/en", "/en/" })
	@Requires(Permission.PUBLIC)
	String englishHome(Model model, HttpServletRequest request, HttpServletResponse response) {
		return page("home", SiteLanguage.EN, model, request, response);
	}

	@GetMapping({ "/ko", "/ko/" })
	@Requires(Permission.PUBLIC)
	String koreanRoot() {
		return "redirect:/";
	}

	@GetMapping("/ko/{slug}")
	@Requires(Permission.PUBLIC)
	String korean(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		return page(slug, SiteLanguage.KO, model, request, response);
	}

	@GetMapping("/en/{slug}")
	@Requires(Permission.PUBLIC)
	String english(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		return page(slug, SiteLanguage.EN, model, request, response);
	}

	@GetMapping({ "/ko/menu", "/en/menu" })
	@Requires(Permission.PUBLIC)
	String menu(Model model, HttpServletRequest request, HttpServletResponse response) {
		SiteLanguage language = languageOf(request);
		frame(language, language.url("menu"), language.other().url("menu"), model, request, response);
		return "site/menu";
	}

	@GetMapping({ "/ko/search", "/en/search" })
	@Requires(Permission.PUBLIC)
	String search(@RequestParam(name = "q", required = false) String q, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SiteLanguage language = languageOf(request);
		String query = q == null ? "" : q;
		List<SiteHit> hits = search.search(query, language);
		frame(language, language.url("search"), language.other().url("search"), model, request, response);
		// the query is shown back only as the search box's value (escaped by Thymeleaf), never as markup
		model.addAttribute("q", SiteSearchApiController.shown(query));
		model.addAttribute("searched", !query.isBlank());
		model.addAttribute("hits", hits);
		return "site/search";
	}

	private String page(String slug, SiteLanguage language, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<PageVersion> page = pages.current(slug, language);
		frame(language, language.url(page.isPresent() ? slug : "home"),
				language.other().url(page.isPresent() ? slug : "home"), model, request, response);
		if (page.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "site/not-found";
		}
		model.addAttribute("page", page.get());
		model.addAttribute("content", markdown.html(page.get().markdown()));
		return "site/page";
	}

	/** What every public page shows around its content: language, menu, the other language's address. */
	private void frame(SiteLanguage language, String url, String otherUrl, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		locales.setLocale(request, response, language.locale());
		model.addAttribute("lang", language.code());
		model.addAttribute("otherLang", language.other().code());
		model.addAttribute("url", url);
		model.addAttribute("otherUrl", otherUrl);
		model.addAttribute("menu", SiteMenu.of(language, pages.current(language)));
		model.addAttribute("searchUrl", language.url("search"));
		model.addAttribute("menuUrl", language.url("menu"));
		model.addAttribute("homeUrl", language.url("home"));
		model.addAttribute("staffLogin", !mode.publicSiteOnly());
	}

	private static SiteLanguage languageOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/en/")
				? SiteLanguage.EN : SiteLanguage.KO;
	}
}
