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

	/**
	 * Fast shutdown, as {@code pg_ctl stop -m fast} does it: SIGINT to the postmaster rolls back
	 * open transactions, writes a checkpoint and exits; committed data stays. We signal directly
	 * because pg_ctl refuses to run as root, and Cutis may be run as root on a server.
	 */
	void stop(Duration timeout) {
		log.info("Stopping PostgreSQL (pid {}) on {}", pid, pgData.toAbsolutePath());
		try {
			Process signal = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
			if (!signal.waitFor(10, TimeUnit.SECONDS) || signal.exitValue() != 0) {
				throw new IllegalStateException("Could not signal orphaned PostgreSQL " + pid + ": "
						+ new String(signal.getInputStream().readAllBytes()));
			}
			waitForExit(timeout);
			if (isRunning(pid)) {
				throw new IllegalStateException("Orphaned PostgreSQL " + pid + " did not stop within " + timeout);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not stop orphaned PostgreSQL " + pid, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping orphaned PostgreSQL", e);
		}
	}

	private void waitForExit(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (isRunning(pid) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}

	/**
	 * Server processes still working in {@code pgData} although their postmaster is gone (it was
	 * killed): they notice its death and exit by themselves, but until the last one has, the shared
	 * memory is in use and no new server may start. Those that take longer than {@code grace} are
	 * killed; the next server's crash recovery repairs whatever they left half-done.
	 */
	static void stopLeftoverProcesses(Path pgData, Duration grace) {
		List<Long> leftovers = processesWorkingIn(pgData);
		Instant deadline = Instant.now().plus(grace);
		while (!leftovers.isEmpty() && Instant.now().isBefore(deadline)) {
			sleep(50);
			leftovers = leftovers.stream().filter(OrphanedPostmaster::isRunning).toList();
		}
		for (long pid : leftovers) {
			log.warn("Killing PostgreSQL process {} left behind on {}", pid, pgData.toAbsolutePath());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private static List<Long> processesWorkingIn(Path pgData) {
		if (!Files.isDirectory(pgData) || !Files.isDirectory(Path.of("/proc"))) {
			return List.of();
		}
		try (var processes = Files.list(Path.of("/proc"))) {
			Path home = pgData.toRealPath();
			long self = ProcessHandle.current().pid();
			return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter(p -> {
					try {
						return home.equals(Files.readSymbolicLink(p.resolve("cwd")))
								&& Files.readString(p.resolve("comm")).strip().equals("postgres");
					}
					catch (IOException | RuntimeException unreadable) {
						return false;
					}
				})
				.map(p -> Long.parseLong(p.getFileName().toString()))
				.filter(pid -> pid != self)
				.toList();
		}
		catch (IOException e) {
			return List.of();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A process that still runs. An exited postmaster whose parent (pid 1 of a container, say)
	 * has not reaped it yet is a zombie: alive to the kernel, but without a command line.
	 */
	static boolean isRunning(long pid) {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(p -> p.info().command()).isPresent();
	}
}
