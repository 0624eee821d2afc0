package org.cutis.identity.web;

import java.util.List;

import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.application.AccountUserDetails;
import org.cutis.identity.application.ApiTokenService;
import org.cutis.identity.application.LoginAttempts;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Three doors, and a fourth for minting tokens ({@link TokenMinting}). The JSON API under /api
 * answers 401/403 problems and takes bearer tokens (HTTP Basic only to obtain one). Pages use the
 * login form and a session kept in the database. The actuator (health for load balancers and
 * systemd, metrics for a monitoring system) takes HTTP Basic. Every door authenticates passwords
 * through one {@link AuthenticationManager} with {@link PasswordAuthentication} as its only provider
 * (no parent, so a refused login is tried, counted and audited once), and every session is checked
 * against its account on each request ({@link OpenSessionCheck}).
 * <p>
 * Who may call what is the access matrix, {@link Permission}: every controller route names its
 * permission with {@link org.cutis.identity.Requires} and {@link RouteAccess} decides by it; the
 * few routes no Cutis controller serves are listed in {@link #ROUTES} with theirs.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
	static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Where a page request that the matrix refuses is answered (403, in the layout and the user's language). */
	static final String REFUSAL_PAGE = "/access-denied";

	/** A route and its permission, for the few handlers that do not name theirs. */
	record Route(Permission permission, String... patterns) {
	}

	/**
	 * The routes whose handlers cannot name their permission: static files, Spring's error page, the
	 * actuator, the API documentation, and the pages of the modules below identity, which cannot
	 * see the matrix's annotation (the shared kernel's start page, the audit log). The public site's
	 * pages (/, /ko/…, /en/…, /api/v1/site/search) name PUBLIC on their own controllers.
	 */
	static final List<Route> ROUTES = List.of(
			new Route(Permission.PUBLIC, "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error"),
			new Route(Permission.SIGNED_IN, "/home"),
			new Route(Permission.AUDIT_READ, "/admin/audit", "/admin/audit/**", "/api/v1/audit", "/api/v1/audit/**"),
			new Route(Permission.PUBLIC, "/actuator/health", "/actuator/health/**"),
			new Route(Permission.METRICS_READ, "/actuator/prometheus"),
			new Route(Permission.SIGNED_IN, "/api/docs", "/api/docs/**", "/api/docs.json", "/api/docs.json/**",
					"/api/swagger-ui/**"));

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
	RouteAccess routeAccess(ApplicationContext context) {
		return new RouteAccess(SingletonSupplier.of(
				() -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)));
	}

	/** The matrix's rules for one chain: the listed routes, then every other request by {@code rest}. */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			AuthorizationManager<RequestAuthorizationContext> rest) {
		for (Route route : ROUTES) {
			requests.requestMatchers(route.patterns()).access(permission(route.permission()));
		}
		requests.anyRequest().access(rest);
	}

	static AuthorizationManager<RequestAuthorizationContext> permission(Permission permission) {
		return (authentication, context) -> new AuthorizationDecision(
				Access.allows(authentication.get(), permission));
	}

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, ApiProblemWriter problems, AuthenticationManager passwords)
			throws Exception {
		// a monitoring system sends HTTP Basic with every scrape; an administrator's page session also works
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Cutis metrics");
		http.securityMatcher("/actuator/**")
			.authenticationManager(passwords)
			// an actuator endpoint that is not in ROUTES stays closed even if someone exposes it
			.authorizeHttpRequests(
					requests -> authorize(requests, (authentication, context) -> new AuthorizationDecision(false)))
			.httpBasic(b -> b.authenticationEntryPoint(basic))
			.addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(basic))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiProblemWriter problems,
			AuthenticationManager passwords, AccountUserDetails accounts, LoginAttempts logins, RouteAccess routes)
			throws Exception {
		// the JSON API; its human-readable documentation pages (/api/docs, Swagger UI) are pages
		http.securityMatcher(request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") && !path.equals("/api/docs") && !path.startsWith("/api/docs/")
					&& !path.startsWith("/api/swagger-ui/");
		})
			.authenticationManager(passwords)
			.authorizeHttpRequests(requests -> authorize(requests, routes))
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
			LoginAttempts logins, LoginSuccess loginSuccess, RouteAccess routes) throws Exception {
		AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
		refused.setErrorPage(REFUSAL_PAGE);
		http.authenticationManager(passwords)
			.addFilterAfter(new OpenSessionCheck(accounts, logins), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> authorize(requests, routes))
			.exceptionHandling(errors -> errors.accessDeniedHandler(refused))
			.formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new PasswordChangeGate(null), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
