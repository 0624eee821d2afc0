package org.cutis.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal bearer token for scripts and other systems. Only the SHA-256 of the token is
 * stored: a copy of the database does not hand out working tokens.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
	@Id
	private UUID id;
	private UUID accountId;
	private String tokenHash;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant revokedAt;
	private String revokedBy;

	protected ApiToken() {
	}

	public ApiToken(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isValid(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
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
