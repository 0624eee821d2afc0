package org.cutis.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.shared.RefusedTransition;

/**
 * A login of a staff member or a patient. Accounts are never deleted, only disabled, so the
 * audit trail always resolves a username to a person.
 * <p>
 * The account decides every login attempt ({@link #attemptLogin}) and counts the failures. Its
 * <em>access generation</em> goes up whenever what it may do changes (role, departments,
 * disabling, a new password): web sessions and API tokens remember the generation they were
 * opened with and stop working when it is no longer the account's.
 */
@Entity
@Table(name = "account")
public class Account {
	/** Five wrong passwords in a row lock the account for fifteen minutes. */
	public static final int MAX_FAILED_ATTEMPTS = 5;
	public static final Duration LOCKOUT = Duration.ofMinutes(15);
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	@Id
	private UUID id;
	private String username;
	private String displayName;
	private String passwordHash;
	private boolean mustChangePassword;
	private boolean enabled;
	@Enumerated(EnumType.STRING)
	private Role role;
	@Column(name = "departments")
	private String departmentCodes;
	private String preferredLanguage;
	private UUID patientId;
	private int failedAttempts;
	private Instant lockedUntil;
	private Instant createdAt;
	private long accessGeneration;
	/** The signing PIN (six digits), hashed like the password; null until the owner sets one. */
	private String pinHash;
	private Instant pinSetAt;
	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String displayName, String passwordHash, Role role, Set<Department> departments,
			String preferredLanguage, UUID patientId, boolean mustChangePassword, Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.departmentCodes = encode(departments);
		this.preferredLanguage = preferredLanguage;
		this.patientId = patientId;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = now;
	}

	/** Usernames are 3 to 60 characters: lower-case letters, digits, dot, dash, underscore. */
	public static boolean isPossibleUsername(String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

	/**
	 * Decides one login attempt whose password was checked against {@code checkedHash} (the
	 * caller hashes first, for every account in every state, so the time taken does not tell
	 * the cases apart). A disabled or locked account refuses without counting; a wrong password
	 * counts once and the fifth in a row locks the account; the right one resets the count.
	 * The password counts as right only if it matched the hash the account still has.
	 */
	public LoginOutcome attemptLogin(String checkedHash, boolean passwordMatched, Instant now) {
		return decide(passwordHash, checkedHash, passwordMatched, now);
	}

	/**
	 * Decides one electronic signature confirmed with the signing PIN, checked against
	 * {@code checkedHash}. A wrong PIN counts towards the same lockout as a wrong password: the
	 * PIN is a second way to say "it is me", not a way around the limit of five guesses.
	 */
	public LoginOutcome attemptPin(String checkedHash, boolean pinMatched, Instant now) {
		return decide(pinHash, checkedHash, pinMatched, now);
	}

	private LoginOutcome decide(String expectedHash, String checkedHash, boolean matched, Instant now) {
		if (!enabled) {
			return LoginOutcome.REFUSED_DISABLED;
		}
		if (isLocked(now)) {
			return LoginOutcome.REFUSED_LOCKED;
		}
		if (!matched || expectedHash == null || !expectedHash.equals(checkedHash)) {
			failedAttempts++;
			if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
				lockedUntil = now.plus(LOCKOUT);
				failedAttempts = 0;
				return LoginOutcome.LOCKED_OUT;
			}
			return LoginOutcome.WRONG_PASSWORD;
		}
		failedAttempts = 0;
		lockedUntil = null;
		return LoginOutcome.ADMITTED;
	}

	/** The owner's signing PIN (already hashed). It opens no session, so sessions and tokens go on. */
	public void setPin(String newPinHash, Instant now) {
		this.pinHash = newPinHash;
		this.pinSetAt = now;
	}

	public String pinHash() {
		return pinHash;
	}

	public Instant pinSetAt() {
		return pinSetAt;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Whether a web session opened at {@code generation} may go on. A lockout does not end open
	 * sessions: it stops new logins, and anyone can cause one by guessing.
	 */
	public boolean admitsSession(long generation) {
		return enabled && generation == accessGeneration;
	}

	/** Whether an API token issued at {@code generation} may be used now: as a session, and not while locked. */
	public boolean admitsToken(long generation, Instant now) {
		return admitsSession(generation) && !isLocked(now);
	}

	/** The owner's own new password; their other sessions and their tokens end. */
	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		accessGeneration++;
	}

	/**
	 * An administrator sets a temporary password; the owner must replace it at next login.
	 * Every open session and token of the account ends.
	 */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		this.lockedUntil = null;
		this.failedAttempts = 0;
		accessGeneration++;
	}

	/** Ends every open session and token of the account at once. */
	public void disable() {
		if (!enabled) {
			throw new RefusedTransition("identity.account.alreadyDisabled");
		}
		enabled = false;
		accessGeneration++;
	}

	/** Sessions and tokens ended by {@link #disable()} stay ended: the owner logs in again. */
	public void enable() {
		enabled = true;
		lockedUntil = null;
		failedAttempts = 0;
	}

	/** A new role or new departments: open sessions and tokens end, the next login carries the new access. */
	public void assignRole(Role newRole, Set<Department> newDepartments) {
		this.role = newRole;
		this.departmentCodes = encode(newDepartments);
		accessGeneration++;
	}

	public void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	private static String encode(Set<Department> departments) {
		return departments.stream().map(Department::code).sorted().collect(Collectors.joining(","));
	}

	public UUID id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean enabled() {
		return enabled;
	}

	public Role role() {
		return role;
	}

	public Set<Department> departments() {
		if (departmentCodes == null || departmentCodes.isBlank()) {
			return EnumSet.noneOf(Department.class);
		}
		return Arrays.stream(departmentCodes.split(","))
			.map(Department::fromCode)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
	}

	public String preferredLanguage() {
		return preferredLanguage;
	}

	public UUID patientId() {
		return patientId;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public long accessGeneration() {
		return accessGeneration;
	}

	public long version() {
		return version;
	}
}
