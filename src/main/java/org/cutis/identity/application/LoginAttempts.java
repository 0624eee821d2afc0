package org.cutis.identity.application;

import java.time.Clock;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.domain.Accounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins and locks the account after too many; each attempt is audited. */
@Component
public class LoginAttempts {
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	LoginAttempts(Accounts accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		accounts.findByUsername(username).ifPresent(account -> account.recordFailedLogin(clock.instant()));
		audit.record(username == null ? "unknown" : username, "none", AuditAction.LOGIN_FAILED, null, "account",
				username, null);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String role) {
		accounts.findByUsername(username).ifPresent(account -> account.recordSuccessfulLogin());
		audit.record(username, role, AuditAction.LOGIN, null, "account", username, null);
	}
}
