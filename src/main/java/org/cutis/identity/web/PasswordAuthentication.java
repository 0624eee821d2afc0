package org.cutis.identity.web;

import org.cutis.identity.application.AccountUserDetails;
import org.cutis.identity.application.AccountUserDetails.LoginCandidate;
import org.cutis.identity.application.LoginAttempts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password login, for the login form and HTTP Basic alike, so the lockout rule
 * (five failures, fifteen minutes) holds on both doors.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {
	private final AccountUserDetails accounts;
	private final LoginAttempts attempts;
	private final PasswordEncoder passwords;
	private final String unknownUserHash;

	PasswordAuthentication(AccountUserDetails accounts, LoginAttempts attempts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.passwords = passwords;
		this.unknownUserHash = passwords.encode("no account has this password");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		LoginCandidate candidate;
		try {
			candidate = accounts.candidate(username);
		}
		catch (UsernameNotFoundException unknown) {
			// hash anyway, so response time does not reveal which usernames exist
			passwords.matches(password, unknownUserHash);
			attempts.failed(username);
			throw new BadCredentialsException("bad credentials");
		}
		if (!passwords.matches(password, candidate.passwordHash())) {
			attempts.failed(username);
			throw new BadCredentialsException("bad credentials");
		}
		attempts.succeeded(username, candidate.principal().role().code());
		return UsernamePasswordAuthenticationToken.authenticated(candidate.principal(), null,
				candidate.principal().authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
