package org.cutis.site.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code ./cutis run --public-site-only} ({@code cutis.public-site-only=true}): a server for in
 * front of the hospital's firewall that serves the public site and nothing else. No clinical route
 * exists: the dispatcher registers only the site's controllers (and Spring's error page), and a
 * filter ahead of everything, security included, answers 404 to any other path, so not even the
 * login page or the API documentation is there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cutis.public-site-only", havingValue = "true")
class PublicSiteOnly {
	/** The public site's addresses: its pages, its search API, the static files, health for the load balancer. */
	static final List<PathPattern> SERVED = List.of("/", "/ko", "/ko/**", "/en", "/en/**", "/api/v1/site/**",
			"/css/**", "/img/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Bean
	WebMvcRegistrations publicSiteRoutesOnly() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new RequestMappingHandlerMapping() {
					@Override
					protected boolean isHandler(Class<?> beanType) {
						String name = beanType.getName();
						return super.isHandler(beanType)
								&& (name.startsWith("org.cutis.site.") || name.startsWith("org.springframework."));
					}
				};
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicSitePathsOnly() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						PathContainer path = PathContainer
							.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
						if (SERVED.stream().anyMatch(p -> p.matches(path))) {
							chain.doFilter(request, response);
						}
						else {
							response.sendError(HttpServletResponse.SC_NOT_FOUND);
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
