package org.cutis.site.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.site.SiteLanguage;
import org.cutis.site.application.PageVersion;

/**
 * The full menu (전체 메뉴): every page of the site under four headings. The headings are fixed;
 * the entries carry the pages' current titles, so an edited title shows in the menu too.
 */
record SiteMenu(List<Group> groups) {
	/** The headings (message keys site.menu.group.*) and their pages in order. */
	static final Map<String, List<String>> GROUPS = Map.of(
			"about", List.of("home", "team"),
			"care", List.of("diagnosis", "treatment", "melanoma"),
			"patients", List.of("skin-care", "follow-up"),
			"visit", List.of("appointments", "directions"));
	static final List<String> ORDER = List.of("about", "care", "patients", "visit");

	record Group(String key, List<Entry> entries) {
	}

	record Entry(String slug, String title, String url) {
	}

	static SiteMenu of(SiteLanguage language, List<PageVersion> pages) {
		Map<String, PageVersion> bySlug = pages.stream()
			.collect(Collectors.toMap(PageVersion::slug, Function.identity()));
		return new SiteMenu(ORDER.stream()
			.map(key -> new Group(key, GROUPS.get(key)
				.stream()
				.filter(bySlug::containsKey)
				.map(slug -> new Entry(slug, bySlug.get(slug).title(), language.url(slug)))
				.toList()))
			.toList());
	}
}
