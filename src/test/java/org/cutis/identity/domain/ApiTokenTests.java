package org.cutis.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTests {
	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
	static final TokenLifetime TWELVE_HOURS = new TokenLifetime(Duration.ofHours(12));

	final Account account = new Account("clerk1", "Clerk", "{noop}x", Role.CLERK,
			EnumSet.of(Department.ADMINISTRATION), "ko", null, false, NOW);

	ApiToken issued() {
		return new ApiToken(account.id(), account.accessGeneration(), "hash", NOW, TWELVE_HOURS);
	}

	@Test
	void worksUntilTheEndOfItsLifetime() {
		ApiToken token = issued();
		assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
		assertThat(token.opens(account, NOW, TWELVE_HOURS)).isTrue();
		assertThat(token.opens(account, NOW.plus(Duration.ofHours(12)).minusSeconds(1), TWELVE_HOURS)).isTrue();
		assertThat(token.opens(account, NOW.plus(Duration.ofHours(12)), TWELVE_HOURS)).isFalse();
	}

	@Test
	void aShorterLifetimeInForceTodayShortensTokensIssuedUnderALongerOne() {
		ApiToken token = new ApiToken(account.id(), account.accessGeneration(), "hash", NOW,
				new TokenLifetime(Duration.ofDays(30)));
		assertThat(token.opens(account, NOW.plus(Duration.ofDays(2)), new TokenLifetime(Duration.ofDays(30)))).isTrue();
		assertThat(token.opens(account, NOW.plus(Duration.ofDays(2)), TWELVE_HOURS)).isFalse();
	}

	@Test
	void aRevokedTokenStops() {
		ApiToken token = issued();
		token.revoke("admin", NOW.plusSeconds(5));
		token.revoke("someone-else", NOW.plusSeconds(9));
		assertThat(token.revokedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(token.opens(account, NOW.plusSeconds(10), TWELVE_HOURS)).isFalse();
	}

	@Test
	void aTokenStopsWhenTheAccountsAccessChanges() {
		ApiToken token = issued();
		account.assignRole(Role.NURSE, EnumSet.of(Department.NURSING));
		assertThat(token.opens(account, NOW, TWELVE_HOURS)).isFalse();
	}

	@Test
	void aTokenStopsWhenTheAccountIsDisabledAndStaysStoppedWhenItIsEnabledAgain() {
		ApiToken token = issued();
		account.disable();
		assertThat(token.opens(account, NOW, TWELVE_HOURS)).isFalse();
		account.enable();
		assertThat(token.opens(account, NOW, TWELVE_HOURS)).isFalse();
	}

	@Test
	void aTokenStopsWhenThePasswordIsResetOrChanged() {
		ApiToken token = issued();
		account.changePassword("{noop}new");
		assertThat(token.opens(account, NOW, TWELVE_HOURS)).isFalse();
	}

	@Test
	void aTokenDoesNotWorkWhileItsAccountIsLocked() {
		ApiToken token = issued();
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			account.attemptLogin("{noop}x", false, NOW);
		}
		assertThat(token.opens(account, NOW.plusSeconds(1), TWELVE_HOURS)).isFalse();
		assertThat(token.opens(account, NOW.plus(Account.LOCKOUT), TWELVE_HOURS)).isTrue();
	}

	@Test
	void aTokenOpensOnlyItsOwnAccount() {
		Account other = new Account("clerk2", "Clerk", "{noop}x", Role.CLERK, EnumSet.of(Department.ADMINISTRATION),
				"ko", null, false, NOW);
		ApiToken token = new ApiToken(UUID.randomUUID(), 0, "hash", NOW, TWELVE_HOURS);
		assertThat(token.opens(other, NOW, TWELVE_HOURS)).isFalse();
	}
}
