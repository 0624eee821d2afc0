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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;
import org.cutis.identity.domain.ApiToken;
import org.cutis.identity.domain.ApiTokens;
import org.cutis.identity.domain.TokenLifetime;
import org.cutis.shared.NotFound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
	private final JdbcTemplate jdbc;
	/** Tokens found good, by hash (never the token itself); bounded: cleared when full. */
	private final Map<String, Admitted> admitted = new ConcurrentHashMap<>();
	private static final int ADMITTED_MAX = 10_000;

	ApiTokenService(ApiTokens tokens, Accounts accounts, AuditLog audit, Clock clock, IdentityProperties properties,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
	 * <p>
	 * Asked on every API request. The full decision ({@link ApiToken#opens}) is taken with the
	 * entities when a token is first seen and whenever its account row changed since; in between,
	 * one indexed query per request confirms that the token is still unrevoked and the account's
	 * version the same (every change of an account, on any node, raises its version: a lock, a
	 * new password, another role), and the clock is held against the token's end. The entities'
	 * way cost more than the search it guarded (search-speed).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<CutisPrincipal> authenticate(String token) {
		Instant now = clock.instant();
		String hash = hash(token);
		Admitted known = admitted.get(hash);
		if (known != null) {
			List<Long> version = jdbc.queryForList("select a.version from api_token t join account a on a.id = t.account_id"
					+ " where t.token_hash = ? and t.revoked_at is null", Long.class, hash);
			if (version.size() == 1 && version.get(0) == known.accountVersion() && now.isBefore(known.until())) {
				return Optional.of(known.principal());
			}
			admitted.remove(hash);
		}
		Optional<ApiToken> stored = tokens.findByTokenHash(hash);
		Optional<Account> account = stored.flatMap(t -> accounts.findById(t.accountId()));
		if (stored.isEmpty() || account.isEmpty() || !stored.get().opens(account.get(), now, lifetime)) {
			return Optional.empty();
		}
		CutisPrincipal principal = AccountUserDetails.principal(account.get());
		if (admitted.size() >= ADMITTED_MAX) {
			admitted.clear();
		}
		Instant until = stored.get().expiresAt().isBefore(lifetime.endOf(stored.get().createdAt()))
				? stored.get().expiresAt() : lifetime.endOf(stored.get().createdAt());
		admitted.put(hash, new Admitted(principal, account.get().version(), until));
		return Optional.of(principal);
	}

	/** A token found good: for whom, with which version of the account, until when at the latest. */
	private record Admitted(CutisPrincipal principal, long accountVersion, Instant until) {
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
