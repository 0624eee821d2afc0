package org.cutis.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cutis.identity.CutisPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a one-time password can do one thing: choose a new one. Pages redirect to the
 * password form; the API answers 403 with the reason.
 */
class PasswordChangeGate extends OncePerRequestFilter {
	static final String PASSWORD_PAGE = "/account/password";
	private final ApiProblemWriter apiProblems;

	PasswordChangeGate(ApiProblemWriter apiProblems) {
		this.apiProblems = apiProblems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CutisPrincipal principal
				&& principal.mustChangePassword() && !exempt(request.getRequestURI())) {
			if (apiProblems != null) {
				apiProblems.write(request, response, 403, "identity.password.mustChange");
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean exempt(String uri) {
		return uri.startsWith(PASSWORD_PAGE) || uri.startsWith("/logout") || uri.startsWith("/css/")
				|| uri.startsWith("/webjars/") || uri.startsWith("/js/") || uri.equals("/error");
	}
}
