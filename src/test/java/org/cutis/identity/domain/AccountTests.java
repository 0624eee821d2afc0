package org.cutis.identity.domain;

import java.time.Instant;
import java.util.EnumSet;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {
	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

	Account account() {
		return new Account("nurse1", "Nurse", "{noop}x", Role.NURSE, EnumSet.of(Department.NURSING), "ko", null, false,
				NOW);
	}

	@Test
	void fiveFailuresLockForFifteenMinutes() {
		Account account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW);
		}
		assertThat(account.isLocked(NOW)).isFalse();
		account.recordFailedLogin(NOW);
		assertThat(account.isLocked(NOW)).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCKOUT).minusSeconds(1))).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCKOUT))).isFalse();
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		Account account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW);
		}
		account.recordSuccessfulLogin();
		account.recordFailedLogin(NOW);
		assertThat(account.isLocked(NOW)).isFalse();
	}

	@Test
	void departmentsSurviveTheColumnEncoding() {
		Account account = account();
		account.assignRole(Role.SURGEON, EnumSet.of(Department.PLASTIC_SURGERY, Department.DERMATOLOGY));
		assertThat(account.departments()).containsExactlyInAnyOrder(Department.PLASTIC_SURGERY, Department.DERMATOLOGY);
	}
}
