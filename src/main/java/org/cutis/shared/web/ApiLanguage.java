package org.cutis.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language of sentences in an API answer (rule explanations): Korean when Accept-Language
 * prefers it, English otherwise and when the header is absent — the contract's language, so that
 * existing integrations keep reading what they read before. Pages use the reader's locale instead.
 */
public final class ApiLanguage {
	private ApiLanguage() {
	}

	public static Locale of(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				String language = range.getRange().split("-")[0];
				if (language.equals("ko")) {
					return Locale.KOREAN;
				}
				if (language.equals("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException e) {
			// an unreadable header is no reason to refuse the answer
		}
		return Locale.ENGLISH;
	}

	/** The language the current API request asks for (English outside a request). */
	public static Locale ofCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		}
		return Locale.ENGLISH;
	}
}
