package org.cutis.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
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
 */
@Entity
@Table(name = "account")
public class Account {
	/** Five wrong passwords in a row lock the account for fifteen minutes. */
	public static final int MAX_FAILED_ATTEMPTS = 5;
	public static final Duration LOCKOUT = Duration.ofMinutes(15);

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

	public void recordFailedLogin(Instant now) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
			lockedUntil = now.plus(LOCKOUT);
			failedAttempts = 0;
		}
	}

	public void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** An administrator sets a temporary password; the owner must replace it at next login. */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	public void disable() {
		if (!enabled) {
			throw new RefusedTransition("identity.account.alreadyDisabled");
		}
		enabled = false;
	}

	public void enable() {
		enabled = true;
		lockedUntil = null;
		failedAttempts = 0;
	}

	public void assignRole(Role newRole, Set<Department> newDepartments) {
		this.role = newRole;
		this.departmentCodes = encode(newDepartments);
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

	public long version() {
		return version;
	}
}
