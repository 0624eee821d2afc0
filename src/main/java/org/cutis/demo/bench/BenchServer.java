package org.cutis.demo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The Cutis the bench starts from its own jar, on the generated data directory, on loopback only. */
final class BenchServer {
	private BenchServer() {
	}

	static Process start(BenchOptions options) throws IOException {
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

	static void waitUntilHealthy(String base, Process server) throws Exception {
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

	static void stop(Process server) {
		server.destroy();
		try {
			server.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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
