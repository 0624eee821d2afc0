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

/** Looks an account up for login and turns it into the principal the rest of Cutis sees. */
@Component
public class AccountUserDetails {
	private final Accounts accounts;
	private final Clock clock;

	AccountUserDetails(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The account that may log in now, or an exception saying why not. */
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
		return new LoginCandidate(principal(account), account.passwordHash());
	}

	@Transactional(readOnly = true)
	public CutisPrincipal principalById(java.util.UUID accountId) {
		return accounts.findById(accountId).filter(Account::enabled).map(AccountUserDetails::principal).orElse(null);
	}

	static CutisPrincipal principal(Account account) {
		return new CutisPrincipal(account.id(), account.username(), account.displayName(), account.role(),
				account.departments(), account.patientId(), account.preferredLanguage(), account.mustChangePassword());
	}

	public record LoginCandidate(CutisPrincipal principal, String passwordHash) {
	}
}
