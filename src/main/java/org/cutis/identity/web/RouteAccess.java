package org.cutis.identity.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides a request by the access matrix: it finds the controller method that will serve the
 * request and asks whether the user's role holds the permission that method (or its controller)
 * names with {@link Requires}. It runs in the security filter chain, before the request body is
 * read, so a refused role gets 401/403 whatever it sent.
 * <ul>
 * <li>A Cutis route that names no permission is refused to everyone: a new route is closed until
 * it is put in the matrix (and the access-matrix test says so).
 * <li>A request for a route's path with another method or media type runs no code either (405,
 * 415), but the role is checked first, against the routes of that path: a refused role learns
 * nothing about what the route would have accepted.
 * <li>A request that matches no path runs no code and ends as 404; only anonymous callers are
 * turned away (to log in), so the route map is not shown to strangers.
 * </ul>
 */
final class RouteAccess implements AuthorizationManager<RequestAuthorizationContext> {
	private final Supplier<RequestMappingHandlerMapping> mappings;

	RouteAccess(Supplier<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		HttpServletRequest request = context.getRequest();
		List<HandlerMethod> handlers = handlerOf(request).map(List::of).orElseGet(() -> routesOfPath(request));
		List<HandlerMethod> cutis = handlers.stream().filter(h -> !isFramework(h)).toList();
		if (cutis.isEmpty()) {
			return new AuthorizationDecision(Access.roleOf(authentication.get()).isPresent());
		}
		Permission[] permissions = cutis.stream()
			.flatMap(h -> Arrays.stream(permissionsOf(h)))
			.distinct()
			.toArray(Permission[]::new);
		boolean everyRouteNamesOne = cutis.stream().allMatch(h -> permissionsOf(h).length > 0);
		return new AuthorizationDecision(everyRouteNamesOne && Access.allows(authentication.get(), permissions));
	}

	// asked on every request; a method's annotations never change while Cutis runs (issue 15)
	private static final Map<Route, Permission[]> NAMED = new ConcurrentHashMap<>();

	/** A method as a controller bean serves it: an inherited method answers to each controller's own annotation. */
	private record Route(Class<?> controller, Method method) {
	}

	/** The permissions a controller method names, its own or else its controller's; none if neither names any. */
	static Permission[] permissionsOf(HandlerMethod handler) {
		return NAMED.computeIfAbsent(new Route(handler.getBeanType(), handler.getMethod()), route -> named(handler));
	}

	private static Permission[] named(HandlerMethod handler) {
		Requires requires = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Requires.class);
		if (requires == null) {
			requires = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Requires.class);
		}
		return requires == null ? new Permission[0] : requires.value();
	}

	/** Every controller method whose path pattern matches the request's, whatever its method or media type. */
	private List<HandlerMethod> routesOfPath(HttpServletRequest request) {
		PathContainer path = ServletRequestPathUtils.parse(request).pathWithinApplication();
		return mappings.get()
			.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(route -> route.getKey().getPatternValues().stream().anyMatch(p -> matches(p, path)))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static boolean matches(String pattern, PathContainer path) {
		return PathPatternParser.defaultInstance.parse(pattern).matches(path);
	}

	/** Spring's own handlers (the answer to OPTIONS, say) run no Cutis code. */
	private static boolean isFramework(HandlerMethod handler) {
		return handler.getBeanType().getName().startsWith("org.springframework.");
	}

	/**
	 * The controller method the dispatcher will choose, found the way the dispatcher finds it; the
	 * request attributes the look-up leaves behind are removed again.
	 */
	private Optional<HandlerMethod> handlerOf(HttpServletRequest request) {
		Set<String> before = new HashSet<>(Collections.list(request.getAttributeNames()));
		boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
		try {
			if (!parsed) {
				ServletRequestPathUtils.parseAndCache(request);
			}
			HandlerExecutionChain chain = mappings.get().getHandler(request);
			return chain != null && chain.getHandler() instanceof HandlerMethod method ? Optional.of(method)
					: Optional.empty();
		}
		catch (Exception noRoute) {
			// a known path with another method or media type, or without a required parameter
			return Optional.empty();
		}
		finally {
			for (String name : Collections.list(request.getAttributeNames())) {
				if (!before.contains(name)) {
					request.removeAttribute(name);
				}
			}
		}
	}
}
