package org.cutis.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser (or a script) talking real HTTP to a running Cutis: its own cookie jar, so
 * its session lives in the database as in production, and the CSRF token of the last page.
 */
final class Browser {
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private final HttpClient http;
	private final String base;
	private String csrf;

	Browser(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static Browser at(int port) {
		return new Browser("http://localhost:" + port);
	}

	/** Opens the login page (a session and its CSRF token), ready to {@link #submitLogin}. */
	Browser openLoginPage() {
		String page = get("/login").body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		csrf = token.group(1);
		return this;
	}

	/** Submits the login form opened before; the answer is the redirect (to /home or /login?error). */
	HttpResponse<String> submitLogin(String username, String password) {
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
	}

	/** Logs in through the form and fails unless it lands on the start page. */
	Browser logIn(String username, String password) {
		HttpResponse<String> answer = openLoginPage().submitLogin(username, password);
		if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").endsWith("/home")) {
			throw new IllegalStateException("login refused: " + answer.statusCode() + " " + answer.headers().map());
		}
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	/** A page's form posted with the CSRF token read from {@code formPage}. */
	HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token.group(1));
		return postForm(action, withToken);
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** {@code POST path} with HTTP Basic credentials (and this browser's cookies, if any). */
	HttpResponse<String> postWithBasic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	HttpResponse<String> post(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
