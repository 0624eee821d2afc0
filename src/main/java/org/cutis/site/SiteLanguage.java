package org.cutis.site;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the public site; every page exists in both. */
public enum SiteLanguage {
	KO, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return this == KO ? Locale.KOREAN : Locale.ENGLISH;
	}

	public SiteLanguage other() {
		return this == KO ? EN : KO;
	}

	/** A page's address in this language: Korean at the root, English under /en/. */
	public String url(String slug) {
		if (slug.equals("home")) {
			return this == KO ? "/" : "/en/";
		}
		return "/" + code() + "/" + slug;
	}

	public static Optional<SiteLanguage> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return switch (code.strip().toLowerCase(Locale.ROOT)) {
			case "ko" -> Optional.of(KO);
			case "en" -> Optional.of(EN);
			default -> Optional.empty();
		};
	}
}
