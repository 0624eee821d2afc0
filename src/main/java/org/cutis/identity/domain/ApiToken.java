package org.cutis.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal bearer token for scripts and other systems. Only the SHA-256 of the token is
 * stored: a copy of the database does not hand out working tokens.
 * <p>
 * A token is issued only against the password and never outlives its account's access: it
 * remembers the account's access generation, so a new role, a disabled account or a new
 * password ends it, and it does not work while the account is locked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
	@Id
	private UUID id;
	private UUID accountId;
	private long accessGeneration;
	private String tokenHash;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant revokedAt;
	private String revokedBy;

	protected ApiToken() {
	}

	/** A token for the account as it was when its owner gave the password (generation {@code accessGeneration}). */
	public ApiToken(UUID accountId, long accessGeneration, String tokenHash, Instant now, TokenLifetime lifetime) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.accessGeneration = accessGeneration;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = lifetime.endOf(now);
	}

	/**
	 * Whether the token opens the API for {@code account} now: not revoked, not expired, within
	 * the lifetime in force today (even if it was issued under a longer one), and the account
	 * still grants the access the token was issued with.
	 */
	public boolean opens(Account account, Instant now, TokenLifetime lifetime) {
		return revokedAt == null && account.id().equals(accountId) && now.isBefore(expiresAt)
				&& now.isBefore(lifetime.endOf(createdAt)) && account.admitsToken(accessGeneration, now);
	}

	public void revoke(String by, Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
			revokedBy = by;
		}
	}

	public UUID id() {
		return id;
	}

	public UUID accountId() {
		return accountId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}
}
