package org.cutis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.application.AccountManagement;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** When a logged-in user switches language, the account remembers it for their next login. */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {
	private final AccountManagement accounts;

	LanguagePreference(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// not on the error page: a request refused for unreadable parameters must not read them again
		registry.addInterceptor(this).excludePathPatterns("/error");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null || !(lang.equals("ko") || lang.equals("en"))) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CutisPrincipal principal
				&& !lang.equals(principal.language())) {
			accounts.preferLanguage(principal.username(), lang);
			CutisPrincipal updated = principal.withLanguage(lang);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
			SecurityContextHolder.setContext(context);
			if (request.getSession(false) != null) {
				request.getSession()
					.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			}
		}
		return true;
	}
}
