package org.cutis.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.application.ApiTokenService.IssuedToken;
import org.cutis.identity.application.ApiTokenService;
import org.cutis.identity.domain.ApiToken;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "tokens", description = "Personal API tokens")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {
	private final ApiTokenService tokens;

	TokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "Exchange the password (HTTP Basic, or form fields username and password) for a personal "
			+ "bearer token; a token or a session cannot mint one. The token works until expiresAt "
			+ "(cutis.identity.token-lifetime, 12 hours by default, at most 30 days) and ends earlier when the account's "
			+ "role, departments or password change or it is disabled; it does not work while the account is locked.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	// the door of TokenMinting admits only a password given in this request (see TokenMinting)
	@Requires(Permission.SIGNED_IN)
	IssuedToken issue(@AuthenticationPrincipal CutisPrincipal principal) {
		return tokens.issue(principal);
	}

	@Operation(summary = "All tokens (administrators); the token values themselves are never stored")
	@GetMapping
	@Requires(Permission.ACCOUNTS_MANAGE)
	List<TokenView> all() {
		return tokens.all().stream().map(TokenView::of).toList();
	}

	@Operation(summary = "Revoke a token (administrators)")
	@PostMapping("/{id}/revoke")
	@Requires(Permission.ACCOUNTS_MANAGE)
	void revoke(@PathVariable UUID id, @AuthenticationPrincipal CutisPrincipal principal) {
		tokens.revoke(id, principal.username());
	}

	record TokenView(UUID id, UUID accountId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
		static TokenView of(ApiToken t) {
			return new TokenView(t.id(), t.accountId(), t.createdAt(), t.expiresAt(), t.revokedAt());
		}
	}
}
