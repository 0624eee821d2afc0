package org.cutis.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.StaffNames;
import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, disabling, re-roling accounts and changing passwords. Every change holds the
 * account's row lock (as login attempts do), and every change of what the account may do ends
 * its open sessions and tokens through the account's access generation.
 */
@Service
@Transactional
public class AccountManagement {
	static final int MIN_PASSWORD_LENGTH = 10;

	private final Accounts accounts;
	private final StaffNames staffNames;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock, StaffNames staffNames) {
		this.staffNames = staffNames;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account with a one-time password that its owner must change at first login. */
	public NewAccount createStaff(String username, String displayName, Role role, Set<Department> departments) {
		String password = oneTimePassword();
		Account account = create(username, displayName, password, role, departments, null, true);
		return new NewAccount(account.id(), account.username(), password);
	}

	public Account create(String username, String displayName, String password, Role role,
			Set<Department> departments, UUID patientId, boolean mustChange) {
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!Account.isPossibleUsername(name)) {
			throw new InvalidInput("username", "identity.username.invalid");
		}
		if (accounts.findByUsername(name).isPresent()) {
			throw new InvalidInput("username", "identity.username.taken");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidInput("displayName", "error.field.required");
		}
		if (role == Role.PATIENT && patientId == null) {
			throw new InvalidInput("role", "identity.role.patientNeedsRecord");
		}
		Account account = accounts.save(new Account(name, displayName.trim(), passwords.encode(password), role,
				departments, "ko", patientId, mustChange, clock.instant()));
		audit.record(AuditAction.CREATE, null, "account", account.username(), "role=" + role.code());
		staffNames.forget(account.username());
		return account;
	}

	/**
	 * The owner's new password. Their other sessions and all their tokens end; the answer is the
	 * principal for the session in which they changed it, which goes on.
	 */
	public CutisPrincipal changePassword(String username, String current, String replacement) {
		Account account = byUsername(username);
		if (!passwords.matches(current, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "identity.password.wrongCurrent");
		}
		if (replacement == null || replacement.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInput("newPassword", "identity.password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (passwords.matches(replacement, account.passwordHash())) {
			throw new InvalidInput("newPassword", "identity.password.sameAsOld");
		}
		account.changePassword(passwords.encode(replacement));
		audit.record(AuditAction.UPDATE, null, "account", username, "password changed");
		return AccountUserDetails.principal(account);
	}

	/**
	 * The owner's signing PIN: six digits, not one digit repeated nor a run (123456, 987654),
	 * confirmed with the current password. Stored hashed like the password.
	 */
	public void setPin(String username, String currentPassword, String pin, String confirmPin) {
		Account account = byUsername(username);
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "identity.password.wrongCurrent");
		}
		String digits = pin == null ? "" : pin.trim();
		if (!digits.matches("[0-9]{6}")) {
			throw new InvalidInput("pin", "identity.pin.format");
		}
		if (isGuessable(digits)) {
			throw new InvalidInput("pin", "identity.pin.guessable");
		}
		if (confirmPin == null || !digits.equals(confirmPin.trim())) {
			throw new InvalidInput("confirmPin", "identity.pin.mismatch");
		}
		account.setPin(passwords.encode(digits), clock.instant());
		audit.record(AuditAction.UPDATE, null, "account", username, "signing PIN set");
	}

	/** One digit six times, or six digits each one up or one down from the last. */
	static boolean isGuessable(String digits) {
		boolean same = true;
		boolean up = true;
		boolean down = true;
		for (int i = 1; i < digits.length(); i++) {
			int step = digits.charAt(i) - digits.charAt(i - 1);
			same &= step == 0;
			up &= step == 1;
			down &= step == -1;
		}
		return same || up || down;
	}

	@Transactional(readOnly = true)
	public boolean hasPin(String username) {
		return accounts.findByUsername(username).map(a -> a.pinHash() != null).orElse(false);
	}

	public String resetPassword(String username) {
		Account account = byUsername(username);
		String password = oneTimePassword();
		account.resetPassword(passwords.encode(password));
		audit.record(AuditAction.UPDATE, null, "account", username, "password reset by administrator");
		return password;
	}

	public void disable(String username) {
		byUsername(username).disable();
		audit.record(AuditAction.UPDATE, null, "account", username, "disabled");
	}

	public void enable(String username) {
		byUsername(username).enable();
		audit.record(AuditAction.UPDATE, null, "account", username, "enabled");
	}

	public void assignRole(String username, Role role, Set<Department> departments) {
		Account account = byUsername(username);
		if (role == Role.PATIENT && account.patientId() == null) {
			throw new InvalidInput("role", "identity.role.patientNeedsRecord");
		}
		account.assignRole(role, departments);
		staffNames.forget(username);
		audit.record(AuditAction.UPDATE, null, "account", username, "role=" + role.code() + " departments="
				+ departments.stream().map(Department::code).sorted().toList());
	}

	public void preferLanguage(String username, String language) {
		accounts.lockByUsername(username).ifPresent(a -> a.preferLanguage(language));
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public boolean anyAccountExists() {
		return accounts.count() > 0;
	}

	/** The account, its row locked until the change commits. */
	private Account byUsername(String username) {
		return accounts.lockByUsername(username).orElseThrow(() -> new NotFound("account", username));
	}

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Shown once on the staff page; Serializable because flash attributes travel in the database session. */
	public record NewAccount(UUID id, String username, String oneTimePassword) implements java.io.Serializable {
	}
}
