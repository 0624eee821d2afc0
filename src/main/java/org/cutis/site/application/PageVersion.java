package org.cutis.site.application;

import java.time.Instant;

import org.cutis.site.SiteLanguage;

/** One published version of a page in one language; the newest is what the public sees. */
public record PageVersion(String slug, SiteLanguage language, int version, String title, String markdown,
		String publishedBy, Instant publishedAt, Integer restoredFrom) {
}
