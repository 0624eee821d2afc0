package org.cutis.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.domain.ApiToken;
import org.cutis.identity.domain.ApiTokens;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal bearer tokens: issued against a password, stored hashed, revocable by administrators. */
@Service
@Transactional
public class ApiTokenService {
	static final Duration LIFETIME = Duration.ofDays(30);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;
	private final AccountUserDetails accounts;
	private final AuditLog audit;
	private final Clock clock;

	ApiTokenService(ApiTokens tokens, AccountUserDetails accounts, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	public IssuedToken issue(CutisPrincipal principal) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "cut_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		ApiToken stored = tokens.save(new ApiToken(principal.accountId(), hash(token), now, now.plus(LIFETIME)));
		audit.record(AuditAction.CREATE, null, "api-token", stored.id(), null);
		return new IssuedToken(token, stored.expiresAt());
	}

	/** The principal a bearer token stands for, if it is known, unexpired and unrevoked. */
	@Transactional(readOnly = true)
	public Optional<CutisPrincipal> authenticate(String token) {
		return tokens.findByTokenHash(hash(token))
			.filter(t -> t.isValid(clock.instant()))
			.map(t -> accounts.principalById(t.accountId()));
	}

	@Transactional(readOnly = true)
	public List<ApiToken> all() {
		return tokens.findAllByOrderByCreatedAtDesc();
	}

	public void revoke(UUID id, String by) {
		ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFound("api-token", id));
		token.revoke(by, clock.instant());
		audit.record(AuditAction.VOID, null, "api-token", id, "revoked");
	}

	static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public record IssuedToken(String token, Instant expiresAt) {
	}
}
