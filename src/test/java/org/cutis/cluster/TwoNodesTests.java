package org.cutis.cluster;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.CutisApplication;
import org.cutis.identity.Role;
import org.cutis.referral.application.ReferralEscalation;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Cutis nodes on one PostgreSQL, as behind a load balancer: a login on one node is a login on
 * the other (sessions live in the database), and a nightly job fires on both but runs once.
 */
class TwoNodesTests {
	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		nodeA.close();
		nodeB.close();
	}

	static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(CutisApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off");
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
		String nurse = nodeA.getBean(Staff.class).create(Role.NURSE);
		// one cookie jar for "localhost", as a browser behind a load balancer would have
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String a = "http://localhost:" + port(nodeA);
		String b = "http://localhost:" + port(nodeB);

		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(a + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + nurse + "&password=" + URLEncoder.encode(Staff.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(a + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));

		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(b + "/referrals")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("</html>").doesNotContain("name=\"password\"");
	}

	/** Issue 9, finding 3: the change is made on one node, the session is used on the other. */
	@Test
	void aRoleChangedOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		String admin = nodeA.getBean(Staff.class).create(Role.ADMIN);
		String otherAdmin = nodeA.getBean(Staff.class).create(Role.ADMIN);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String a = "http://localhost:" + port(nodeA);
		String b = "http://localhost:" + port(nodeB);
		logIn(browser, a, admin);
		assertThat(browser.send(HttpRequest.newBuilder(URI.create(a + "/admin/staff")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(browser.send(HttpRequest.newBuilder(URI.create(b + "/admin/staff")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		String basic = Base64.getEncoder()
			.encodeToString((otherAdmin + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> demoted = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(b + "/api/v1/staff/" + admin + "/role"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"role\": \"CLERK\", \"departments\": [\"ADMINISTRATION\"]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(demoted.statusCode()).isEqualTo(200);

		HttpResponse<String> onA = browser.send(HttpRequest.newBuilder(URI.create(a + "/admin/staff")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onA.statusCode()).isEqualTo(302);
		assertThat(onA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	static void logIn(HttpClient browser, String node, String username) throws Exception {
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(node + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode(Staff.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(node + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
	}

	@Test
	void aNightlyJobFiresOnBothNodesButRunsOnce() {
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		jdbc.update("delete from job_run where job_name = 'referral-escalation'");
		boolean ranOnA = nodeA.getBean(ReferralEscalation.class).nightly();
		boolean ranOnB = nodeB.getBean(ReferralEscalation.class).nightly();
		assertThat(ranOnA ^ ranOnB).as("exactly one node ran the job").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from job_run where job_name = 'referral-escalation'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select finished_at is not null from job_run where job_name = 'referral-escalation'", Boolean.class))
			.isTrue();
	}
}
