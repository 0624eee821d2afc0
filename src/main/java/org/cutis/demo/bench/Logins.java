package org.cutis.demo.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo staff the bench acts as, each signed in once the way its requests need: a bearer token
 * for the JSON API, and for pages a browser-like session (the login form with its CSRF field, then
 * the session cookie) — so a page costs what it costs a clinician, session store included.
 */
final class Logins {
	static final String PASSWORD = "demo-cutis";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final String base;
	private final Map<String, String> tokens = new HashMap<>();
	private final Map<String, HttpClient> sessions = new HashMap<>();

	Logins(String base) {
		this.base = base;
	}

	static HttpClient client(CookieManager cookies) {
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
		return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
	}

	/** The bearer token of a demo login, minted on first use. */
	synchronized String token(String login) throws Exception {
		String known = tokens.get(login);
		if (known != null) {
			return known;
		}
		String basic = Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client(null).send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("no token for " + login + ": HTTP " + response.statusCode());
		}
		Object token = JsonMapper.builder().build().readValue(response.body(), Map.class).get("token");
		if (token == null) {
			throw new IllegalStateException("no token in the answer of POST /api/v1/tokens");
		}
		tokens.put(login, token.toString());
		return token.toString();
	}

	/** A client holding a signed-in page session of a demo login, made on first use. */
	synchronized HttpClient session(String login) throws Exception {
		HttpClient known = sessions.get(login);
		if (known != null) {
			return known;
		}
		HttpClient http = client(new CookieManager());
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = csrf(form.body());
		String body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("page login of " + login + " failed: HTTP " + signedIn.statusCode() + " " + location);
		}
		sessions.put(login, http);
		return http;
	}

	/** The CSRF field of the login form. */
	static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no _csrf field on the login page");
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}
}
