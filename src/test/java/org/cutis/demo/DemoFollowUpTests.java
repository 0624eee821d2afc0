package org.cutis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.cutis.CutisApplication;
import org.cutis.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: the demonstration center, loaded as {@code ./cutis run --demo} loads it (its own
 * database: the demo's 200 patients must not reach the other tests), has patients in surveillance
 * with missed and overdue visits on the nurse's recall list, and today's clinic list of a demo
 * doctor is not empty.
 */
class DemoFollowUpTests {
	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theDemoHasARecallListAndTodaysClinics(@TempDir Path dataDir) throws Exception {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CutisApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--" + TestDatabase.OWN_DATABASE + "=true",
				"--cutis.data-dir=" + dataDir, "--cutis.scheduling.enabled=false", "--cutis.demo=true")) {
			System.out.printf("demo started and loaded in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String nurse = token(http, base, "demo-nurse");
			String derm = token(http, base, "demo-derm");

			// the no-show reaches the plan after its transaction (the event registry): wait for it
			List<String> kinds = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			do {
				kinds.clear();
				get(http, base + "/api/v1/recall", nurse).path("items").forEach(i -> kinds.add(i.path("kind").asString()));
				if (kinds.contains("missed") && kinds.contains("overdue")) {
					break;
				}
				Thread.sleep(300);
			}
			while (System.nanoTime() < deadline);
			System.out.println("recall: " + kinds);
			assertThat(kinds).contains("missed", "overdue", "imaging-due");
			JsonNode overdue = null;
			for (JsonNode i : get(http, base + "/api/v1/recall", nurse).path("items")) {
				if ("overdue".equals(i.path("kind").asString())) {
					overdue = i;
				}
			}
			assertThat(overdue.path("daysOverdue").asInt()).isPositive();

			// five patients in surveillance (melanoma IA, IB, IIB, cSCC, BCC), two of them booked ahead
			JdbcTemplate db = app.getBean(JdbcTemplate.class);
			assertThat(db.queryForList("select diagnosis || ' ' || coalesce(stage, '-') from surveillance_plan"
					+ " where status = 'active'", String.class)).contains("MELANOMA IA", "MELANOMA IB", "MELANOMA IIB")
				.anyMatch(p -> p.startsWith("CSCC")).anyMatch(p -> p.startsWith("BCC"));
			assertThat(db.queryForList("select p.diagnosis || ' plan from ' || p.anchor_date || ', cancer diagnosed '"
					+ " || c.diagnosis_date from surveillance_plan p join cancer_diagnosis c on c.id = p.cancer_id"
					+ " where p.anchor_date < c.diagnosis_date", String.class)).as("plans starting before their cancer").isEmpty();
			assertThat(db.queryForObject("select count(*) from surveillance_visit v join appointment a on a.id ="
					+ " v.appointment_id where v.status = 'booked' and a.status = 'booked' and a.starts_at > now()",
					Integer.class)).isGreaterThanOrEqualTo(2);

			// relapse suspected at today's signed visit: the re-biopsy work-up opens after the note's transaction
			long workupDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (db.queryForObject("select count(*) from relapse_workup where status = 'open'", Integer.class) == 0
					&& System.nanoTime() < workupDeadline) {
				Thread.sleep(300);
			}
			assertThat(db.queryForObject("select count(*) from relapse_workup where status = 'open'", Integer.class))
				.isEqualTo(1);

			LocalDate today = LocalDate.now(app.getBean(Clock.class));
			for (String doctor : DemoFollowUp.DOCTORS) {
				JsonNode list = get(http, base + "/api/v1/clinics/" + doctor + "/appointments?date=" + today, derm);
				List<String> statuses = new ArrayList<>();
				list.path("appointments").forEach(a -> statuses.add(a.path("status").asString()));
				System.out.println(doctor + " today: " + statuses);
				if ("demo-derm".equals(doctor)) {
					assertThat(statuses).contains("seen", "arrived", "no-show", "booked");
				}
			}
		}
	}

	private JsonNode get(HttpClient http, String url, String token) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(url + " " + answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private String token(HttpClient http, String base, String user) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + DemoCenter.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return json.readTree(answer.body()).path("token").asString();
	}
}
