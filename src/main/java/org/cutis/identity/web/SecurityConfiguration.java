package org.cutis.identity.web;

import org.cutis.identity.application.AccountUserDetails;
import org.cutis.identity.application.ApiTokenService;
import org.cutis.identity.application.LoginAttempts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors (and a third for minting tokens, {@link TokenMinting}). The JSON API under /api
 * answers 401/403 problems and takes bearer tokens (HTTP Basic only to obtain one). Pages use the
 * login form and a session kept in the database. Everything needs login except the public site,
 * the login page, static files, health and metrics. Every door authenticates passwords through
 * one {@link AuthenticationManager} with {@link PasswordAuthentication} as its only provider
 * (no parent, so a refused login is tried, counted and audited once), and every session is
 * checked against its account on each request ({@link OpenSessionCheck}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
	static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today; the {id} prefix lets a stronger hash replace it without resetting passwords
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one way to check a password. A {@link ProviderManager} without a parent: the manager
	 * Spring Security builds by default falls back to a global parent holding the same provider,
	 * which checked, counted and audited every refused login twice.
	 */
	@Bean
	AuthenticationManager authenticationManager(PasswordAuthentication passwords) {
		return new ProviderManager(passwords);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiProblemWriter problems,
			AuthenticationManager passwords, AccountUserDetails accounts, LoginAttempts logins) throws Exception {
		// the JSON API; its human-readable documentation pages (/api/docs, Swagger UI) are pages
		http.securityMatcher(request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") && !path.equals("/api/docs") && !path.startsWith("/api/docs/")
					&& !path.startsWith("/api/swagger-ui/");
		})
			.authenticationManager(passwords)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/staff/**", "/api/v1/audit/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/tokens/**")
				.authenticated()
				.anyRequest()
				.authenticated())
			.addFilterAfter(new OpenSessionCheck(accounts, logins), SecurityContextHolderFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, e) -> problems.write(request, response, 401, "error.unauthenticated")))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// a request that carries its own credentials cannot be forged by another site
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, e) -> problems.write(request, response, 401, "error.unauthenticated"))
				.accessDeniedHandler(
						(request, response, e) -> problems.write(request, response, 403, "error.forbidden.detail")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwords, AccountUserDetails accounts,
			LoginAttempts logins, LoginSuccess loginSuccess) throws Exception {
		http.authenticationManager(passwords)
			.addFilterAfter(new OpenSessionCheck(accounts, logins), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/site/**", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/error", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new PasswordChangeGate(null), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
