package org.cutis.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cutis.shared.Message;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Looks at every request before anything else reads it (the security filters included) and
 * refuses, with a 4xx naming what is wrong, what no part of Cutis could handle:
 * <ul>
 * <li>a NUL character in a parameter's name or value (query, form or multipart field) or in the
 * user name of HTTP Basic credentials: PostgreSQL cannot store or even compare it; 400 naming the
 * parameter;</li>
 * <li>parameters that are not valid UTF-8, or a multipart body that cannot be read: 400 (413 when
 * it is beyond the upload limits);</li>
 * <li>a Content-Type that is no media type, has a wildcard or names an unknown charset: 415.</li>
 * </ul>
 * JSON bodies are checked field by field where they are read ({@link RequestJson}). The refusal is
 * rendered by the error page ({@link ErrorPages}): a problem detail for the API, a page otherwise.
 */
class RequestGuard extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestProblem problem = problem(request);
		if (problem != null) {
			request.setAttribute(RequestProblem.ATTRIBUTE, problem);
			if (isMultipart(request.getContentType())) {
				// tells Spring MVC not to parse the refused upload again while it renders the error page
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
						new MultipartException("refused before it was read: " + problem.status()));
			}
			response.sendError(problem.status());
			return;
		}
		chain.doFilter(request, response);
	}

	static RequestProblem problem(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return RequestProblem.of(415, null, null);
				}
			}
			catch (InvalidMediaTypeException e) {
				return RequestProblem.of(415, null, null);
			}
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException e) {
			// Tomcat: a parameter that is no UTF-8 (InvalidParameterException), a broken multipart
			// body, or an upload beyond its limits
			if (isMultipart(contentType) && tooLarge(e)) {
				return RequestProblem.ofStatus(413);
			}
			return isMultipart(contentType) ? RequestProblem.of(400, "file", new Message("error.field.unreadable"))
					: RequestProblem.of(400, "parameters", new Message("error.field.unreadableParameters"));
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasNul(parameter.getKey())) {
				return RequestProblem.of(400, parameter.getKey().replace('\u0000', '?'),
						new Message("error.field.nul"));
			}
			for (String value : parameter.getValue()) {
				if (hasNul(value)) {
					return RequestProblem.of(400, parameter.getKey(), new Message("error.field.nul"));
				}
			}
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = credentials.indexOf(':');
				if (hasNul(colon < 0 ? credentials : credentials.substring(0, colon))) {
					return RequestProblem.of(400, "username", new Message("error.field.nul"));
				}
			}
			catch (IllegalArgumentException e) {
				// not Base64: the Basic authentication filter answers 401
			}
		}
		return null;
	}

	/** A limit of the upload exceeded (file, request, part header), told as Spring MVC tells it. */
	private static boolean tooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase();
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause.getClass().getSimpleName().contains("SizeException")
					|| message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMultipart(String contentType) {
		return contentType != null && contentType.toLowerCase().startsWith("multipart/");
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {
		/** Before the security filters, which read parameters themselves (the CSRF token, the login form). */
		@Bean
		FilterRegistrationBean<RequestGuard> requestGuard() {
			FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard());
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}
	}
}
