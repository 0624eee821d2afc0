package org.cutis.identity.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cutis.identity.CutisPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After login the screen speaks the user's remembered language. */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {
	private final LocaleResolver locales;

	LoginSuccess(LocaleResolver locales) {
		this.locales = locales;
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CutisPrincipal principal && principal.language() != null) {
			locales.setLocale(request, response, Locale.forLanguageTag(principal.language()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
