package org.cutis.identity.web;

import org.cutis.identity.application.ApiTokenService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code POST /api/v1/tokens} has a door of its own: it takes the password in the request itself
 * (HTTP Basic or the form fields {@code username} and {@code password}) and nothing else. It reads
 * no session and no bearer token, so neither a stolen session cookie nor a token can mint
 * further tokens, and every minted token goes back to a password typed for it. Because nothing
 * ambient (no cookie) authenticates here, a forged cross-site request gains nothing, so this door
 * needs no CSRF token. The refusal is one 401 problem, whatever the reason.
 *
 * @see ApiTokenService
 */
@Configuration(proxyBeanMethods = false)
class TokenMinting {
	static final String PASSWORD_REQUIRED = "identity.token.passwordRequired";

	@Bean
	@Order(0)
	SecurityFilterChain tokenMintingChain(HttpSecurity http, AuthenticationManager passwords, ApiProblemWriter problems)
			throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
			.authenticationManager(passwords)
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, e) -> problems.write(request, response, 401, PASSWORD_REQUIRED)))
			.addFilterAfter(new TokenCredentialsFilter(passwords, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class)
			// a second guard: whatever put an authentication here, it must be a password given now
			.authorizeHttpRequests(
					requests -> requests.anyRequest().hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, e) -> problems.write(request, response, 401, PASSWORD_REQUIRED))
				.accessDeniedHandler(
						(request, response, e) -> problems.write(request, response, 403, "error.forbidden.detail")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CSP)));
		return http.build();
	}
}
