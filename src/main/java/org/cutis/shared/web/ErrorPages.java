package org.cutis.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The container's error page, for what is refused before Spring MVC sees it: a filter's
 * refusal (NUL in a parameter, an unreadable Content-Type, see {@link RequestGuard}), the
 * firewall's, the servlet container's. A problem detail for the API, the problem page for people,
 * with the status the refusal had: bad input is never answered with a 500.
 */
@Controller
class ErrorPages implements ErrorController {
	private final ApiProblems api;
	private final PageProblems pages;
	private final JsonMapper json;

	ErrorPages(ApiProblems api, PageProblems pages, JsonMapper json) {
		this.api = api;
		this.pages = pages;
		this.json = json;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
			throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer number ? number : response.getStatus();
		RequestProblem problem = request.getAttribute(RequestProblem.ATTRIBUTE) instanceof RequestProblem refused
				? refused : RequestProblem.ofStatus(status < 400 ? 500 : status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail body = api.problem(problem, locale);
			response.setStatus(problem.status());
			problem.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(json.writeValueAsString(flat(body, path)));
			return null;
		}
		return pages.page(problem, model, response, locale);
	}

	/** RFC 9457 members at the top level, as the API's converter writes them. */
	private static Map<String, Object> flat(ProblemDetail problem, String path) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("detail", problem.getDetail());
		body.put("instance", path);
		body.put("status", problem.getStatus());
		body.put("title", problem.getTitle());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}
}
