package org.cutis.support;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.application.AccountUserDetails;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Acts as a real account (its real role, departments and linked patient) without a password round trip. */
@Component
public class Login {
	private final AccountUserDetails accounts;

	Login(AccountUserDetails accounts) {
		this.accounts = accounts;
	}

	public RequestPostProcessor as(String username) {
		CutisPrincipal principal = accounts.candidate(username).principal();
		RequestPostProcessor authenticated = authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		// a browser session also carries the CSRF token of its page
		return request -> csrf().postProcessRequest(authenticated.postProcessRequest(request));
	}
}
