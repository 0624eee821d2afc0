package org.cutis.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The token request's second way to give the password: form fields {@code username} and
 * {@code password} ({@code application/x-www-form-urlencoded}) instead of HTTP Basic. A refusal
 * answers exactly as a refused HTTP Basic login does.
 */
class TokenCredentialsFilter extends OncePerRequestFilter {
	private final AuthenticationManager authentication;
	private final ApiProblemWriter problems;

	TokenCredentialsFilter(AuthenticationManager authentication, ApiProblemWriter problems) {
		this.authentication = authentication;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		String password = request.getParameter("password");
		if (request.getHeader("Authorization") != null || username == null || password == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
			SecurityContextHolder.setContext(context);
		}
		catch (AuthenticationException refused) {
			SecurityContextHolder.clearContext();
			problems.write(request, response, 401, TokenMinting.PASSWORD_REQUIRED);
			return;
		}
		chain.doFilter(request, response);
	}
}
