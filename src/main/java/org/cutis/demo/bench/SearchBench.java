package org.cutis.demo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./cutis bench}: a load harness, not a test. Starts Cutis from the same jar on a generated
 * data directory (or uses one already running on a loopback address), takes a bearer token of the
 * demo clinician, warms up, then sends the header search's requests ({@code GET /api/v1/search})
 * from several clients for a bounded time and a bounded count per operation, and reports
 * p50/p95/p99 and requests per second. Nothing but 127.0.0.1 is ever asked.
 */
public final class SearchBench {
	static final int MAX_REQUESTS_PER_OPERATION = 200_000;
	static final String[] REPORT_WORDS = { "흑색종", "기저세포암", "편평세포암", "궤양", "절제연", "멜라닌세포", "각화증" };

	/** The command line. */
	public record Options(Path dataDir, int seconds, int clients, boolean json, String url, int port) {
		public static Options parse(String[] args) {
			String env = System.getenv("CUTIS_DATADIR");
			Path dataDir = Path.of(env == null || env.isBlank() ? "./data" : env);
			int seconds = 20;
			int clients = 4;
			boolean json = false;
			String url = null;
			int port = 18080;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--json" -> json = true;
					case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
					case "--seconds" -> seconds = number(value(args, ++i, arg), arg, 1, 3_600);
					case "--clients" -> clients = number(value(args, ++i, arg), arg, 1, 64);
					case "--port" -> port = number(value(args, ++i, arg), arg, 1, 65_535);
					case "--url" -> url = loopback(value(args, ++i, arg));
					default -> throw new IllegalArgumentException("Unknown option: " + arg + " (see ./cutis bench --help)");
				}
			}
			return new Options(dataDir, seconds, clients, json, url, port);
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[i];
		}

		private static int number(String text, String option, int min, int max) {
			try {
				int n = Integer.parseInt(text);
				if (n >= min && n <= max) {
					return n;
				}
			}
			catch (NumberFormatException e) {
				// said below
			}
			throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max + ", got '" + text + "'");
		}

		/** Load goes to this machine only. */
		static String loopback(String url) {
			URI uri = URI.create(url);
			String host = uri.getHost();
			if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
					|| host.equals("::1"))) {
				throw new IllegalArgumentException("--url must be a loopback address (127.0.0.1, localhost), got " + url);
			}
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}
	}

	private SearchBench() {
	}

	public static int main(String[] args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 2;
		}
		Process server = null;
		try {
			Map<?, ?> samples = samples(options.dataDir());
			String base = options.url();
			Double startSeconds = null;
			if (base == null) {
				base = "http://127.0.0.1:" + options.port();
				long started = System.nanoTime();
				server = start(options);
				Process started0 = server;
				// a bench stopped by Ctrl-C stops its server too
				Runtime.getRuntime().addShutdownHook(new Thread(started0::destroy));
				waitUntilHealthy(base, server);
				startSeconds = BenchReport.round((System.nanoTime() - started) / 1e9);
				System.err.printf("Cutis started in %.1f s (pid %d)%n", startSeconds, server.pid());
			}
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String token = token(http, base);
			List<BenchReport.Operation> operations = new ArrayList<>();
			SqlFloor floor = SqlFloor.of(options.dataDir()).orElse(null);
			if (floor == null) {
				System.err.println("No floor: the embedded database of " + options.dataDir() + " is not running here");
			}
			for (Operation operation : operations(samples)) {
				run(http, base, token, operation, options.clients(), 3, 500);
				Latencies measured = run(http, base, token, operation, options.clients(), options.seconds(),
						MAX_REQUESTS_PER_OPERATION);
				Double floorP95 = null;
				if (floor != null) {
					floor.run(operation, options.clients(), 3, 500);
					Latencies bare = floor.run(operation, options.clients(), options.seconds(), MAX_REQUESTS_PER_OPERATION);
					floorP95 = bare.count() == 0 ? null : BenchReport.round(bare.percentileMs(95));
				}
				operations.add(BenchReport.Operation.of(measured, floorP95));
				System.err.printf("%-26s done: %d requests%n", operation.name(), measured.count());
			}
			Long rss = server == null ? null : rssMb(server.pid());
			Object patients = samples.get("patients");
			BenchReport report = new BenchReport(operations, patients instanceof Number n ? n.longValue() : null, rss,
					startSeconds);
			System.out.println(options.json() ? report.json() : report.table());
			return 0;
		}
		catch (Exception e) {
			System.err.println("Benchmark failed: " + e.getMessage());
			return 1;
		}
		finally {
			if (server != null) {
				server.destroy();
				try {
					server.waitFor();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** One kind of request: its name and the next query to send. */
	record Operation(String name, Supplier<String> query) {
	}

	static List<Operation> operations(Map<?, ?> samples) {
		List<String> names = strings(samples.get("names"));
		List<String> mrns = strings(samples.get("mrns"));
		List<String> accessions = strings(samples.get("accessions"));
		if (names.isEmpty() || mrns.isEmpty() || accessions.isEmpty()) {
			throw new IllegalStateException("no samples in generated-center.json: run ./cutis generate first");
		}
		Random random = new Random(7);
		return List.of(
				new Operation("search name prefix", () -> pick(random, names).substring(0, 2)),
				new Operation("search MRN", () -> pick(random, mrns)),
				new Operation("search accession", () -> pick(random, accessions)),
				new Operation("search report word", () -> pick(random, List.of(REPORT_WORDS))));
	}

	private static synchronized String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static List<String> strings(Object value) {
		List<String> out = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(v -> out.add(String.valueOf(v)));
		}
		return out;
	}

	static Map<?, ?> samples(Path dataDir) throws IOException {
		Path file = dataDir.resolve("generated-center.json");
		if (!Files.exists(file)) {
			throw new IllegalStateException(file + " not found: run ./cutis generate --patients N --data-dir " + dataDir);
		}
		return JsonMapper.builder().build().readValue(file.toFile(), Map.class);
	}

	private static Process start(Options options) throws IOException {
		String jar = System.getProperty("cutis.jar");
		if (jar == null) {
			throw new IllegalStateException("-Dcutis.jar is not set (run through ./cutis bench)");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Duser.timezone=" + System.getProperty("cutis.timezone", "Asia/Seoul")));
		String javaOptions = System.getenv("CUTIS_JAVA_OPTS");
		if (javaOptions != null && !javaOptions.isBlank()) {
			command.addAll(List.of(javaOptions.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar, "--cutis.data-dir=" + options.dataDir(), "--server.port=" + options.port(),
				"--server.address=127.0.0.1"));
		Path log = options.dataDir().resolve("bench-server.log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void waitUntilHealthy(String base, Process server) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("Cutis stopped while starting (exit " + server.exitValue()
						+ "); see bench-server.log in the data directory");
			}
			try {
				HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Cutis did not become healthy within 10 minutes");
	}

	private static String token(HttpClient http, String base) throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-derm:demo-cutis".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("no token for demo-derm: HTTP " + response.statusCode());
		}
		Object token = JsonMapper.builder().build().readValue(response.body(), Map.class).get("token");
		if (token == null) {
			throw new IllegalStateException("no token in the answer of POST /api/v1/tokens");
		}
		return token.toString();
	}

	/** {@code clients} threads send the operation's requests until the time or the count is used up. */
	static Latencies run(HttpClient http, String base, String token, Operation operation, int clients, int seconds,
			int maxRequests) throws Exception {
		return Load.run(operation.name(), clients, seconds, maxRequests, () -> timer -> {
			String q = URLEncoder.encode(operation.query().get(), StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=" + q))
				.header("Authorization", "Bearer " + token)
				.timeout(Duration.ofSeconds(30))
				.build();
			timer.start();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			timer.stop();
			return response.statusCode() == 200;
		});
	}

	/** Resident memory of the server process, from Linux's /proc. */
	static Long rssMb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			return null;
		}
		return null;
	}
}
