package org.cutis.identity.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the real server, with a real login session: a page or form post the matrix refuses is
 * answered 403 with the refusal page in the layout and the user's language (the filter chain
 * forwards to it).
 */
@CutisTest
class RefusalPageTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;

	@Test
	void aClerkOpeningTheWorkupWorklistGetsTheRefusalPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String clerk = staff.create(Role.CLERK);
		logIn(browser, clerk);

		HttpResponse<String> refused = browser.send(page("/workup").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		// in the account's remembered language (Korean for a new account)
		assertThat(refused.body()).contains("<html", "허용되지 않음");

		String csrf = csrf(browser.send(page("/patients/new").GET().build(), HttpResponse.BodyHandlers.ofString())
			.body());
		HttpResponse<String> post = browser.send(page("/tumor-board/meetings")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&title=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.body()).contains("허용되지 않음");

		HttpResponse<String> open = browser.send(page("/referrals").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(open.statusCode()).isEqualTo(200);
	}

	private void logIn(HttpClient browser, String username) throws Exception {
		String csrf = csrf(browser.send(page("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
		String form = "username=" + enc(username) + "&password=" + enc(Staff.PASSWORD) + "&_csrf=" + enc(csrf);
		HttpResponse<String> login = browser.send(page("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
