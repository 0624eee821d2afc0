package org.cutis.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.CutisApplication;
import org.cutis.identity.Role;
import org.cutis.support.Staff;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness for the header search at registry scale (not part of the test suite). Starts
 * Cutis on the embedded PostgreSQL, registers {@code N} synthetic patients by SQL, then sends
 * search requests over HTTP with a bearer token from two client threads, and prints latency
 * percentiles per kind of query. Run:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.cutis.bench.PatientSearchLoad 100000 2000
 * </pre>
 */
public final class PatientSearchLoad {
	private PatientSearchLoad() {
	}

	public static void main(String[] args) throws Exception {
		int patients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CutisApplication.class)
			.run("--server.port=0", "--logging.level.root=warn")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long start = System.nanoTime();
			// same shapes as real registrations: Hangul syllable names, Latin keys, birth dates over 90 years
			jdbc.update("""
					insert into patient (id, mrn, name_hangul, name_latin, name_latin_key, sex, birth_date,
					    preferred_language, registered_at, registered_by)
					select gen_random_uuid(), lpad((90000000 + g)::text, 8, '0'),
					    chr(44032 + ((g::bigint * 7919) % 11172)::int) || chr(44032 + ((g::bigint * 104729) % 11172)::int) || chr(44032 + g % 11172),
					    'LOAD ' || md5(g::text), 'load' || md5(g::text),
					    case when g % 2 = 0 then 'FEMALE' else 'MALE' end,
					    date '1930-01-01' + (g % 32000), 'ko', now(), 'load'
					from generate_series(1, ?) g
					""", patients);
			// statistics are the schema owner's business: the application role may not analyze
			org.cutis.support.TestDatabase.owner().execute("analyze patient");
			System.out.printf("inserted %d patients in %.1f s%n", patients, (System.nanoTime() - start) / 1e9);

			String user = app.getBean(Staff.class).create(Role.CLERK);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			String basic = Base64.getEncoder().encodeToString((user + ":" + Staff.PASSWORD).getBytes());
			String tokenJson = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
				.header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(tokenJson);
			m.find();
			String token = m.group(1);

			Random random = new Random(1);
			run("hangul 2-letter prefix, page 1", requests, port, token, http,
					() -> "" + (char) (44032 + random.nextInt(11172)) + (char) (44032 + random.nextInt(11172)));
			run("hangul 1-letter prefix, page 1", requests, port, token, http,
					() -> "" + (char) (44032 + random.nextInt(11172)));
			run("latin prefix", requests, port, token, http, () -> "load" + Integer.toHexString(random.nextInt(4096)));
			run("birth date", requests, port, token, http,
					() -> java.time.LocalDate.of(1930, 1, 1).plusDays(random.nextInt(32000)).toString());
		}
	}

	interface Query {
		String next();
	}

	static void run(String name, int requests, int port, String token, HttpClient http, Query query)
			throws Exception {
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			queries.add(query.next());
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(2);
		long start = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (String q : queries) {
			done.add(clients.submit(() -> {
				long t = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/patients?q="
							+ URLEncoder.encode(q, StandardCharsets.UTF_8)))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
				latencies.add(System.nanoTime() - t);
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		clients.shutdown();
		Collections.sort(latencies);
		System.out.printf("%-32s %5d requests  %6.0f req/s  p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms%n", name,
				requests, requests / seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99));
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
	}
}
