package org.cutis.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.application.AccountUserDetails;
import org.cutis.identity.application.LoginAttempts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs right after the security context is read from the session (sessions live in the
 * database, so on any node): if the account no longer grants what the session was opened with
 * (disabled, new role or departments, new password), the session ends here — it is invalidated,
 * audited, and the request goes on anonymous, so a page redirects to the login and the API
 * answers 401. One primary-key read per request; nothing is cached, so a change made on one node
 * holds on every node from its commit.
 */
class OpenSessionCheck extends OncePerRequestFilter {
	private final AccountUserDetails accounts;
	private final LoginAttempts logins;

	OpenSessionCheck(AccountUserDetails accounts, LoginAttempts logins) {
		this.accounts = accounts;
		this.logins = logins;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CutisPrincipal principal
				&& !accounts.admitsSession(principal)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			logins.sessionEnded(principal);
		}
		chain.doFilter(request, response);
	}
}
