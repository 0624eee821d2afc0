package org.cutis.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.domain.Accounts;
import org.cutis.identity.domain.ApiToken;
import org.cutis.identity.domain.ApiTokens;
import org.cutis.identity.domain.TokenLifetime;
import org.cutis.shared.NotFound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal bearer tokens: issued only against the password (never against another token),
 * stored hashed, living at most {@code cutis.identity.token-lifetime}, revocable by
 * administrators, and ending with the account's access (see {@link ApiToken#opens}).
 */
@Service
@Transactional
@EnableConfigurationProperties(IdentityProperties.class)
public class ApiTokenService {
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;
	private final TokenLifetime lifetime;

	ApiTokenService(ApiTokens tokens, Accounts accounts, AuditLog audit, Clock clock, IdentityProperties properties) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.lifetime = properties.lifetime();
	}

	/**
	 * A new token for {@code principal}, who has just given their password. The token carries the
	 * access the principal logged in with: if that changed meanwhile, the token is born ended.
	 */
	public IssuedToken issue(CutisPrincipal principal) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "cut_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken stored = tokens.save(new ApiToken(principal.accountId(), principal.accessGeneration(), hash(token),
				clock.instant(), lifetime));
		audit.record(AuditAction.CREATE, null, "api-token", stored.id(), "expires " + stored.expiresAt());
		return new IssuedToken(token, stored.expiresAt());
	}

	/**
	 * The principal a bearer token stands for, as the account is now, if the token is known,
	 * unrevoked, within its lifetime and its account still grants the access it was issued with.
	 */
	@Transactional(readOnly = true)
	public Optional<CutisPrincipal> authenticate(String token) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(token))
			.flatMap(t -> accounts.findById(t.accountId()).filter(account -> t.opens(account, now, lifetime)))
			.map(AccountUserDetails::principal);
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
