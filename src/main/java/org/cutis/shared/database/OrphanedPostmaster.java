package org.cutis.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a Cutis JVM that died without
 * shutting it down (kill -9, power button on the terminal). Postgres keeps running as its own
 * process, and a new start would wait for its pid file and fail. We only get here while holding
 * the data-directory lock, so no live Cutis owns that server: stopping it is safe.
 */
final class OrphanedPostmaster {
	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private final Path pgData;
	private final long pid;

	private OrphanedPostmaster(Path pgData, long pid) {
		this.pgData = pgData;
		this.pid = pid;
	}

	/** The live postmaster named by postmaster.pid, if the file exists and the process is postgres. */
	static Optional<OrphanedPostmaster> find(Path pgData) {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).trim());
			boolean postgres = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.flatMap(p -> p.info().command())
				.map(command -> command.endsWith("postgres"))
				.orElse(false);
			if (!postgres) {
				// stale pid file of a dead server: postgres itself recovers from it
				return Optional.empty();
			}
			return Optional.of(new OrphanedPostmaster(pgData, pid));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	long pid() {
		return pid;
	}

	/** pg_ctl stop -m fast: roll back open transactions, checkpoint, exit. Committed data stays. */
	void stop(Duration timeout) {
		log.warn("Found PostgreSQL (pid {}) left running on {} by a Cutis process that did not shut down; stopping it",
				pid, pgData.toAbsolutePath());
		Path pgCtl = ProcessHandle.of(pid)
			.flatMap(p -> p.info().command())
			.map(command -> Path.of(command).resolveSibling("pg_ctl"))
			.orElseThrow(() -> new IllegalStateException("PostgreSQL process " + pid + " vanished"));
		try {
			Process stop = new ProcessBuilder(pgCtl.toString(), "-D", pgData.toString(), "stop", "-m", "fast", "-w",
					"-t", Long.toString(timeout.toSeconds()))
				.redirectErrorStream(true)
				.start();
			String output = new String(stop.getInputStream().readAllBytes());
			if (!stop.waitFor(timeout.toSeconds() + 5, TimeUnit.SECONDS) || stop.exitValue() != 0) {
				throw new IllegalStateException("Could not stop orphaned PostgreSQL " + pid + ": " + output);
			}
			waitForExit(timeout);
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not run " + pgCtl, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping orphaned PostgreSQL", e);
		}
	}

	private void waitForExit(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}
}
