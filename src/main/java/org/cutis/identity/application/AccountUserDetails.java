package org.cutis.identity.application;

import java.time.Clock;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns an account into the principal the rest of Cutis sees, and tells whether an open session may go on. */
@Component
public class AccountUserDetails {
	private final Accounts accounts;
	private final Clock clock;

	AccountUserDetails(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The account that may log in now, or an exception saying why not. For work done in a staff
	 * member's name outside a web request (and tests); logins go through {@link LoginAttempts}.
	 */
	@Transactional(readOnly = true)
	public LoginCandidate candidate(String username) {
		Account account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		if (!account.enabled()) {
			throw new DisabledException("disabled");
		}
		if (account.isLocked(clock.instant())) {
			throw new LockedException("locked");
		}
		return new LoginCandidate(principal(account));
	}

	/**
	 * Whether the account still grants what a session opened as {@code principal} may do: it
	 * exists, is enabled, and its role, departments and password are those of the login.
	 * Asked on every request, so a change made on any node reaches every open session.
	 */
	@Transactional(readOnly = true)
	public boolean admitsSession(CutisPrincipal principal) {
		return accounts.findById(principal.accountId())
			.map(account -> account.admitsSession(principal.accessGeneration()))
			.orElse(false);
	}

	static CutisPrincipal principal(Account account) {
		return new CutisPrincipal(account.id(), account.username(), account.displayName(), account.role(),
				account.departments(), account.patientId(), account.preferredLanguage(), account.mustChangePassword(),
				account.accessGeneration());
	}

	public record LoginCandidate(CutisPrincipal principal) {
	}
}
