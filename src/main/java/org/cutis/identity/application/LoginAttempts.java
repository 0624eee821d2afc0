package org.cutis.identity.application;

import java.time.Clock;
import java.util.Optional;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;
import org.cutis.identity.domain.LoginOutcome;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login attempts, from the login form and HTTP Basic alike. Each attempt
 * <ol>
 * <li>checks the password against exactly one hash — the account's, or a dummy one when no
 * account has that username — before looking at the account's state, so unknown, wrong,
 * locked and disabled take the same time;</li>
 * <li>then, in one short transaction holding the account's row lock, lets the account decide
 * ({@link Account#attemptLogin}) and writes the audit line. Parallel attempts on one account
 * queue on that lock: each failure counts exactly once, none is lost to a version conflict,
 * and none succeeds once the account is locked.</li>
 * </ol>
 * The slow hash runs outside any transaction, so the lock is held for milliseconds.
 */
@Component
public class LoginAttempts {
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final TransactionTemplate readOnly;
	private final String unknownAccountHash;

	LoginAttempts(Accounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		// the same encoder and cost as real passwords, so checking it takes as long
		this.unknownAccountHash = passwords.encode("no account has this password");
	}

	/** The signed-in identity if the password is right and the account may log in now; empty otherwise. */
	public Optional<CutisPrincipal> attempt(String username, String password) {
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!Account.isPossibleUsername(name)) {
			// no account can have this name (too long, a NUL byte ...): the same hash, the same answer
			passwords.matches(password == null ? "" : password, unknownAccountHash);
			return transaction.execute(status -> {
				String printable = printable(name);
				audit.record(printable, "none", AuditAction.LOGIN_FAILED, null, "account", printable,
						LoginOutcome.UNKNOWN_ACCOUNT.auditDetail());
				return Optional.<CutisPrincipal>empty();
			});
		}
		String checkedHash = readOnly.execute(status -> accounts.findByUsername(name).map(Account::passwordHash))
			.orElse(unknownAccountHash);
		boolean matched = passwords.matches(password == null ? "" : password, checkedHash);
		return transaction.execute(status -> conclude(name, checkedHash, matched));
	}

	private Optional<CutisPrincipal> conclude(String username, String checkedHash, boolean matched) {
		Optional<Account> found = accounts.lockByUsername(username);
		if (found.isEmpty()) {
			audit.record(username, "none", AuditAction.LOGIN_FAILED, null, "account", username,
					LoginOutcome.UNKNOWN_ACCOUNT.auditDetail());
			return Optional.empty();
		}
		Account account = found.get();
		LoginOutcome outcome = account.attemptLogin(checkedHash, matched, clock.instant());
		if (outcome.admitted()) {
			audit.record(username, account.role().code(), AuditAction.LOGIN, null, "account", username, null);
			return Optional.of(AccountUserDetails.principal(account));
		}
		String detail = outcome == LoginOutcome.WRONG_PASSWORD
				? outcome.auditDetail() + " (" + account.failedAttempts() + " of " + Account.MAX_FAILED_ATTEMPTS + ")"
				: outcome.auditDetail();
		audit.record(username, "none", AuditAction.LOGIN_FAILED, null, "account", username, detail);
		return Optional.empty();
	}

	/** A name as the audit log can keep it: control characters replaced (the audit log shortens it to its column). */
	private static String printable(String name) {
		return name.codePoints()
			.map(c -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** A web session that outlived its account's access was ended at its next request. */
	@Transactional
	public void sessionEnded(CutisPrincipal principal) {
		audit.record(principal.username(), principal.role().code(), AuditAction.LOGOUT, null, "account",
				principal.username(), "session ended: the account's access changed");
	}
}
