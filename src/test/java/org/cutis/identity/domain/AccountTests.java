package org.cutis.identity.domain;

import java.time.Instant;
import java.util.EnumSet;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {
	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
	static final String HASH = "{noop}right";

	Account account() {
		return new Account("nurse1", "Nurse", HASH, Role.NURSE, EnumSet.of(Department.NURSING), "ko", null, false, NOW);
	}

	static LoginOutcome wrong(Account account, Instant at) {
		return account.attemptLogin(HASH, false, at);
	}

	static LoginOutcome right(Account account, Instant at) {
		return account.attemptLogin(HASH, true, at);
	}

	@Test
	void eachWrongPasswordCountsOnceAndTheFifthLocksForFifteenMinutes() {
		Account account = account();
		for (int i = 1; i <= 4; i++) {
			assertThat(wrong(account, NOW)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
			assertThat(account.failedAttempts()).isEqualTo(i);
		}
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(wrong(account, NOW)).isEqualTo(LoginOutcome.LOCKED_OUT);
		assertThat(account.isLocked(NOW)).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCKOUT).minusSeconds(1))).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCKOUT))).isFalse();
	}

	@Test
	void aLockedAccountRefusesTheRightPasswordWithoutCountingOrProlongingTheLock() {
		Account account = account();
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			wrong(account, NOW);
		}
		Instant lockedUntil = account.lockedUntil();
		assertThat(right(account, NOW.plusSeconds(60))).isEqualTo(LoginOutcome.REFUSED_LOCKED);
		assertThat(wrong(account, NOW.plusSeconds(61))).isEqualTo(LoginOutcome.REFUSED_LOCKED);
		assertThat(account.lockedUntil()).isEqualTo(lockedUntil);
		assertThat(account.failedAttempts()).isZero();
		assertThat(right(account, lockedUntil)).isEqualTo(LoginOutcome.ADMITTED);
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		Account account = account();
		for (int i = 0; i < 4; i++) {
			wrong(account, NOW);
		}
		assertThat(right(account, NOW)).isEqualTo(LoginOutcome.ADMITTED);
		assertThat(account.failedAttempts()).isZero();
		wrong(account, NOW);
		assertThat(account.isLocked(NOW)).isFalse();
	}

	@Test
	void aDisabledAccountRefusesTheRightPasswordWithoutCounting() {
		Account account = account();
		account.disable();
		assertThat(right(account, NOW)).isEqualTo(LoginOutcome.REFUSED_DISABLED);
		assertThat(wrong(account, NOW)).isEqualTo(LoginOutcome.REFUSED_DISABLED);
		assertThat(account.failedAttempts()).isZero();
	}

	@Test
	void aPasswordCheckedAgainstAHashTheAccountNoLongerHasIsWrong() {
		Account account = account();
		account.resetPassword("{noop}temporary");
		assertThat(account.attemptLogin(HASH, true, NOW)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
		assertThat(account.attemptLogin("{noop}temporary", true, NOW)).isEqualTo(LoginOutcome.ADMITTED);
	}

	@Test
	void everyChangeOfWhatTheAccountMayDoStartsANewAccessGeneration() {
		Account account = account();
		long first = account.accessGeneration();
		assertThat(account.admitsSession(first)).isTrue();

		account.assignRole(Role.CLERK, EnumSet.of(Department.ADMINISTRATION));
		assertThat(account.admitsSession(first)).isFalse();
		long afterRole = account.accessGeneration();

		account.resetPassword("{noop}temporary");
		assertThat(account.admitsSession(afterRole)).isFalse();
		long afterReset = account.accessGeneration();

		account.changePassword("{noop}mine");
		assertThat(account.admitsSession(afterReset)).isFalse();
		long afterChange = account.accessGeneration();

		account.disable();
		assertThat(account.admitsSession(afterChange)).isFalse();
		assertThat(account.admitsSession(account.accessGeneration())).isFalse();
		account.enable();
		assertThat(account.admitsSession(afterChange)).as("disabling ended it for good").isFalse();
		assertThat(account.admitsSession(account.accessGeneration())).isTrue();
	}

	@Test
	void loginsAndLanguageDoNotEndSessions() {
		Account account = account();
		long generation = account.accessGeneration();
		wrong(account, NOW);
		right(account, NOW);
		account.preferLanguage("en");
		assertThat(account.admitsSession(generation)).isTrue();
	}

	@Test
	void aLockoutStopsTokensButNotOpenSessions() {
		Account account = account();
		long generation = account.accessGeneration();
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			wrong(account, NOW);
		}
		assertThat(account.admitsSession(generation)).isTrue();
		assertThat(account.admitsToken(generation, NOW)).isFalse();
		assertThat(account.admitsToken(generation, NOW.plus(Account.LOCKOUT))).isTrue();
	}

	@Test
	void anAccountIsDisabledOnce() {
		Account account = account();
		account.disable();
		assertThatThrownBy(account::disable).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void usernamesThatNoAccountCanHave() {
		assertThat(Account.isPossibleUsername("demo-admin")).isTrue();
		assertThat(Account.isPossibleUsername("admin")).isTrue();
		assertThat(Account.isPossibleUsername("ab")).isFalse();
		assertThat(Account.isPossibleUsername("a".repeat(61))).isFalse();
		assertThat(Account.isPossibleUsername("nurse\u0000")).isFalse();
		assertThat(Account.isPossibleUsername(null)).isFalse();
	}

	@Test
	void departmentsSurviveTheColumnEncoding() {
		Account account = account();
		account.assignRole(Role.SURGEON, EnumSet.of(Department.PLASTIC_SURGERY, Department.DERMATOLOGY));
		assertThat(account.departments()).containsExactlyInAnyOrder(Department.PLASTIC_SURGERY, Department.DERMATOLOGY);
	}
}
