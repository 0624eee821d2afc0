package org.cutis.shared.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.CutisApplication;
import org.cutis.identity.Role;
import org.cutis.support.Staff;
import org.cutis.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 13 of issue 9: the embedded server is killed (kill -9, as the OOM killer does) while
 * three clerks register patients. Cutis notices at once, restarts the server on the same data
 * directory, the pool reconnects; meanwhile health is DOWN and requests get 503 with Retry-After,
 * never a 500; no registration that was answered 201 is lost, and registrations resume.
 */
class DatabaseDeathTests {
	private static final int WRITERS = 3;

	@Test
	void cutisRestartsItsKilledDatabaseAndLosesNoAcknowledgedWrite(@TempDir Path dataDir) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CutisApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--" + TestDatabase.OWN_DATABASE + "=true",
				"--cutis.data-dir=" + dataDir, "--cutis.scheduling.enabled=false")) {
			EmbeddedDatabase database = app.getBean(DatabaseServer.class).embedded();
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String token = token(http, base, app.getBean(Staff.class).create(Role.CLERK));

			List<UUID> acknowledged = new CopyOnWriteArrayList<>();
			Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
			List<String> unavailableWithoutRetryAfter = new CopyOnWriteArrayList<>();
			AtomicInteger afterRestart = new AtomicInteger();
			AtomicBoolean stop = new AtomicBoolean();
			List<String> failures = new CopyOnWriteArrayList<>();
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
			for (int w = 0; w < WRITERS; w++) {
				writers.submit(() -> {
					while (!stop.get()) {
						HttpResponse<String> answer;
						try {
							answer = register(http, base, token);
						}
						catch (Exception e) {
							failures.add(e.toString());
							continue;
						}
						statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
						if (answer.statusCode() == 201) {
							acknowledged.add(UUID.fromString(field(answer.body(), "id")));
							if (database.restarts() > 0) {
								afterRestart.incrementAndGet();
							}
						}
						else if (answer.statusCode() != 503 && failures.size() < 5) {
							failures.add(answer.statusCode() + " " + answer.body());
						}
						if (answer.statusCode() == 503) {
							if (answer.headers().firstValue("Retry-After").isEmpty()) {
								unavailableWithoutRetryAfter.add(answer.body());
							}
							Thread.sleep(50);
						}
					}
					return null;
				});
			}
			await(() -> acknowledged.size() >= 60 || !failures.isEmpty(), Duration.ofSeconds(120));
			assertThat(failures).isEmpty();

			// health is DOWN while the server is away: watched from before the kill by a poller of its
			// own, since a restart can be quicker than one round of the writers' requests
			AtomicBoolean healthWasDown = new AtomicBoolean();
			ExecutorService healthWatch = Executors.newSingleThreadExecutor();
			healthWatch.submit(() -> {
				// until the restarted server serves again: the supervisor may notice the death (and count
				// the restart) within a millisecond, but the server is away until it has started again
				while (!healthWasDown.get() && !(database.restarts() > 0 && database.isServing())) {
					healthWasDown.compareAndSet(false, health(http, base) == 503);
					Thread.sleep(5);
				}
				return null;
			});
			long killed = database.pid();
			long killedAt = System.nanoTime();
			new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
			await(() -> healthWasDown.get() || database.restarts() > 0, Duration.ofSeconds(60));
			healthWatch.shutdown();
			assertThat(healthWatch.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
			await(() -> afterRestart.get() >= 60, Duration.ofSeconds(60));
			Duration outage = Duration.ofNanos(System.nanoTime() - killedAt);
			stop.set(true);
			writers.shutdown();
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			assertThat(database.restarts()).isEqualTo(1);
			assertThat(database.pid()).isNotEqualTo(killed);
			assertThat(outage).isLessThan(Duration.ofSeconds(60));
			assertThat(statuses.keySet()).as("answers seen: %s", statuses).isSubsetOf(201, 503);
			assertThat(unavailableWithoutRetryAfter).isEmpty();
			assertThat(healthWasDown).isTrue();
			assertThat(health(http, base)).isEqualTo(200);
			Integer kept = app.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from patient where id = any(?::uuid[])", Integer.class,
						(Object) acknowledged.stream().map(UUID::toString).toArray(String[]::new));
			assertThat(kept).as("acknowledged registrations still there").isEqualTo(acknowledged.size());
		}
	}

	private static String token(HttpClient http, String base, String user) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return field(answer.body(), "token");
	}

	private static HttpResponse<String> register(HttpClient http, String base, String token) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String json = """
				{"nameHangul":"%s","nameLatin":"LOAD %s","sex":"female","birthDate":"%d-%02d-%02d","phone":"010-0000-0000"}
				""".formatted("김" + (char) ('가' + random.nextInt(11172)) + (char) ('가' + random.nextInt(11172)),
				random.ints(8, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append),
				1930 + random.nextInt(90), 1 + random.nextInt(12),
				1 + random.nextInt(28));
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/patients"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int health(HttpClient http, String base) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(value.find()).as("%s in %s", name, json).isTrue();
		return value.group(1);
	}

	private static void await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(20);
		}
	}
}
