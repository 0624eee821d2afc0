package org.cutis.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.application.LoginAttempts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Username and password login, for the login form, HTTP Basic and the token request alike, so
 * the lockout rule (five failures, fifteen minutes) holds on every door. Whatever the reason a
 * login is refused (unknown account, wrong password, locked, disabled), the exception and so
 * the answer are the same.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {
	private final LoginAttempts attempts;

	PasswordAuthentication(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		CutisPrincipal principal = attempts.attempt(authentication.getName(), password)
			.orElseThrow(() -> new BadCredentialsException("bad credentials"));
		// the password factor marks an authentication made with the password in this request's login
		List<GrantedAuthority> authorities = new ArrayList<>(principal.authorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
