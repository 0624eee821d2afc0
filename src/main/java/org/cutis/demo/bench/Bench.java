package org.cutis.demo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./cutis bench}: a load harness, not a test. Starts Cutis from the same jar on a generated
 * data directory (or uses one already running on a loopback address), signs in the demo staff each
 * operation needs, warms up, then sends each operation's requests ({@link Operations}) from several
 * clients for a bounded time and a bounded count, and reports p50/p95/p99 and requests per second,
 * beside the same data fetched by bare SQL ({@link SqlFloor}). Nothing but 127.0.0.1 is ever asked.
 */
public final class Bench {
	static final int MAX_REQUESTS_PER_OPERATION = 200_000;
	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Bench() {
	}

	public static int main(String[] args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 2;
		}
		Process server = null;
		try {
			// before the server starts, so that nothing else of the bench runs beside the batch
			RulesBatchBench.Figures rulesBatch = RulesBatchBench.measureIfAsked(options);
			if (options.onlyRulesBatch()) {
				BenchReport report = new BenchReport(List.of(), null, null, null, rulesBatch);
				System.out.println(options.json() ? report.json() : report.table());
				return rulesBatch == null ? 1 : 0;
			}
			Map<?, ?> samples = samples(options.dataDir());
			List<String> missing = new ArrayList<>();
			List<Operation> operations = Operations.of(samples, missing).stream().filter(o -> options.measures(o.name())).toList();
			missing.forEach(m -> System.err.println("Left out: " + m));
			List<String> nodes = options.nodes();
			String base = nodes.isEmpty() ? null : nodes.get(0);
			Double startSeconds = null;
			if (base == null) {
				base = "http://127.0.0.1:" + options.port();
				nodes = List.of(base);
				long started = System.nanoTime();
				server = BenchServer.start(options);
				Process started0 = server;
				// a bench stopped by Ctrl-C stops its server too
				Runtime.getRuntime().addShutdownHook(new Thread(started0::destroy));
				BenchServer.waitUntilHealthy(base, server);
				startSeconds = BenchReport.round((System.nanoTime() - started) / 1e9);
				System.err.printf("Cutis started in %.1f s (pid %d)%n", startSeconds, server.pid());
			}
			if (nodes.size() > 1) {
				System.err.println("Each request goes to the next of " + nodes.size() + " nodes: " + String.join(", ", nodes));
			}
			Logins logins = new Logins(base);
			SqlFloor floor = SqlFloor.of(options.dataDir()).orElse(null);
			if (floor == null) {
				System.err.println("No floor: the embedded database of " + options.dataDir() + " is not running here");
			}
			List<BenchReport.Operation> measured = new ArrayList<>();
			for (Operation operation : operations) {
				try {
					measured.add(measure(operation, nodes, logins, floor, options));
				}
				catch (Exception e) {
					// one operation that cannot be measured (no sample, a login refused) leaves the others to measure
					System.err.println(operation.name() + " not measured: " + e);
				}
			}
			Long rss = server == null ? null : BenchServer.rssMb(server.pid());
			Object patients = samples.get("patients");
			BenchReport report = new BenchReport(measured, patients instanceof Number n ? n.longValue() : null, rss,
					startSeconds, rulesBatch);
			System.out.println(options.json() ? report.json() : report.table());
			return 0;
		}
		catch (Exception e) {
			System.err.println("Benchmark failed: " + e.getMessage());
			return 1;
		}
		finally {
			if (server != null) {
				BenchServer.stop(server);
			}
		}
	}

	private static BenchReport.Operation measure(Operation operation, List<String> nodes, Logins logins, SqlFloor floor,
			BenchOptions options) throws Exception {
		run(nodes, logins, operation, options.clients(), 3, 500);
		Latencies cutis = run(nodes, logins, operation, options.clients(), options.seconds(), MAX_REQUESTS_PER_OPERATION);
		Double floorP95 = null;
		if (floor != null) {
			floor.run(operation, options.clients(), 3, 500);
			Latencies bare = floor.run(operation, options.clients(), options.seconds(), MAX_REQUESTS_PER_OPERATION);
			floorP95 = bare.count() == 0 ? null : BenchReport.round(bare.percentileMs(95));
		}
		System.err.printf("%-26s done: %d requests, %d errors%n", operation.name(), cutis.count(), cutis.errors());
		return BenchReport.Operation.of(cutis, floorP95);
	}

	static Map<?, ?> samples(Path dataDir) throws IOException {
		Path file = dataDir.resolve("generated-center.json");
		if (!Files.exists(file)) {
			throw new IllegalStateException(file + " not found: run ./cutis generate --patients N --data-dir " + dataDir);
		}
		return JsonMapper.builder().build().readValue(file.toFile(), Map.class);
	}

	/**
	 * {@code clients} threads send the operation's requests until the time or the count is used up,
	 * each request to the next of the {@code nodes} in turn, with the session and token the first
	 * node gave (the session store and the tokens are the database's, not a node's).
	 */
	static Latencies run(List<String> nodes, Logins logins, Operation operation, int clients, int seconds,
			int maxRequests) throws Exception {
		AtomicBoolean told = new AtomicBoolean();
		AtomicInteger turn = new AtomicInteger();
		return Load.run(operation.name(), clients, seconds, maxRequests, () -> {
			HttpClient http = operation.request().apply(operation.sample().get()).api() ? Logins.client(null)
					: logins.session(operation.login());
			String token = logins.token(operation.login());
			return timer -> {
				Operation.Request request = operation.request().apply(operation.sample().get());
				String base = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
				HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
					.timeout(TIMEOUT);
				if (request.api()) {
					builder.header("Authorization", "Bearer " + token);
				}
				if (request.jsonBody() != null) {
					builder.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(request.jsonBody()));
				}
				timer.start();
				HttpResponse<byte[]> response;
				try {
					response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
				}
				catch (HttpTimeoutException e) {
					// a request that takes longer than a person waits is an error of the operation, not of the bench
					if (!told.getAndSet(true)) {
						System.err.println(operation.name() + ": no answer within " + TIMEOUT.toSeconds() + " s for " + request.path());
					}
					return false;
				}
				timer.stop();
				boolean ok = response.statusCode() / 100 == 2;
				if (!ok && !told.getAndSet(true)) {
					System.err.println(operation.name() + ": HTTP " + response.statusCode() + " for " + request.path());
				}
				return ok;
			};
		});
	}
}
