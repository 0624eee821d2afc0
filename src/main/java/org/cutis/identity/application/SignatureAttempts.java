package org.cutis.identity.application;

import java.time.Clock;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.SignatureRefused;
import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;
import org.cutis.identity.domain.LoginOutcome;
import org.cutis.shared.InvalidInput;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirming a signature with the password or the PIN, as {@link LoginAttempts} decides a login:
 * the slow hash first, outside any lock, then the account decides under its row lock and the
 * outcome is audited. The decision commits in its own transaction, so a wrong PIN still counts
 * when the signing it was meant for is then abandoned.
 */
@Component
public class SignatureAttempts {
	private final Accounts accounts;
	private final PasswordEncoder hashes;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	SignatureAttempts(Accounts accounts, PasswordEncoder hashes, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.hashes = hashes;
		this.audit = audit;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void confirmPassword(String username, String password) {
		Account account = account(username);
		String checkedHash = account.passwordHash();
		boolean matched = hashes.matches(password, checkedHash);
		decide(username, "password", locked -> locked.attemptLogin(checkedHash, matched, clock.instant()));
	}

	public void confirmPin(String username, String pin) {
		Account account = account(username);
		String checkedHash = account.pinHash();
		if (checkedHash == null) {
			throw new InvalidInput("pin", "identity.pin.notSet");
		}
		boolean matched = pin.matches("[0-9]{6}") && hashes.matches(pin, checkedHash);
		decide(username, "pin", locked -> locked.attemptPin(checkedHash, matched, clock.instant()));
	}

	private Account account(String username) {
		return ownTransaction.execute(status -> accounts.findByUsername(username))
			.orElseThrow(() -> new SignatureRefused("password", "identity.signature.wrong"));
	}

	private void decide(String username, String field, java.util.function.Function<Account, LoginOutcome> attempt) {
		LoginOutcome outcome = ownTransaction.execute(status -> {
			Account account = accounts.lockByUsername(username).orElseThrow();
			LoginOutcome decided = attempt.apply(account);
			String role = account.role().code();
			if (decided.admitted()) {
				audit.record(username, role, AuditAction.LOGIN, null, "signature", username, "confirmed with " + field);
			}
			else {
				String detail = decided == LoginOutcome.WRONG_PASSWORD
						? "wrong " + field + " (" + account.failedAttempts() + " of " + Account.MAX_FAILED_ATTEMPTS + ")"
						: decided.auditDetail();
				audit.record(username, role, AuditAction.LOGIN_FAILED, null, "signature", username, detail);
			}
			return decided;
		});
		switch (outcome) {
			case ADMITTED -> {
			}
			case LOCKED_OUT, REFUSED_LOCKED -> throw new SignatureRefused(field, "identity.signature.locked");
			case REFUSED_DISABLED -> throw new SignatureRefused(field, "identity.signature.disabled");
			default -> throw new SignatureRefused(field, field.equals("pin") ? "identity.signature.wrongPin"
					: "identity.signature.wrong");
		}
	}
}
