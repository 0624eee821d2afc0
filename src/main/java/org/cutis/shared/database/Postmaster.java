package org.cutis.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the PostgreSQL server on a data directory, as a child process of Cutis: started with
 * its settings on the command line, waited for until it answers, and stopped in order. Being our
 * child, its death is known the instant it happens ({@link #onExit()}).
 */
final class Postmaster {
	private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
	/** SQLSTATE 57P03: the server is starting up or recovering from a crash. */
	private static final String CANNOT_CONNECT_NOW = "57P03";
	/** SQLSTATE 28P01 and 28000: wrong password, or no such role / no pg_hba entry. */
	private static final String WRONG_PASSWORD = "28P01";

	private final Path pgData;
	private final int port;
	private final Process process;

	private Postmaster(Path pgData, int port, Process process) {
		this.pgData = pgData;
		this.port = port;
		this.process = process;
	}

	static Postmaster start(PostgresBinaries binaries, Path pgData, int port, Map<String, String> settings) {
		List<String> args = new ArrayList<>(List.of("-D", pgData.toString(), "-p", Integer.toString(port)));
		settings.forEach((name, value) -> {
			args.add("-c");
			args.add(name + "=" + value);
		});
		try {
			Path logDir = Files.createDirectories(pgData.resolve("log"));
			// what the server says before its logging collector takes over (a bad setting, say)
			Path startLog = logDir.resolve("startup.log");
			Process process = new ProcessBuilder(binaries.command("postgres", args.toArray(String[]::new)))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(startLog.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
			log.debug("PostgreSQL started as pid {} on port {}", process.pid(), port);
			return new Postmaster(pgData, port, process);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start PostgreSQL on " + pgData, e);
		}
	}

	long pid() {
		return process.pid();
	}

	int port() {
		return port;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	CompletableFuture<Process> onExit() {
		return process.onExit();
	}

	/**
	 * Waits until the server accepts {@code superuser} on the {@code postgres} database: after a
	 * crash PostgreSQL first replays its WAL (and answers 57P03 meanwhile), which may take a while
	 * on a large database; the wait ends early when the server process exits.
	 *
	 * @throws WrongPassword when the server runs but refuses the password
	 */
	void awaitReady(Credentials superuser, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("PostgreSQL exited with code " + process.exitValue()
						+ " while starting; see " + pgData.resolve("log") + lastLines());
			}
			try (Connection connection = connect(port, "postgres", superuser)) {
				// an archive recovery (a restore) accepts read-only connections before it has ended
				while (inRecovery(connection)) {
					if (!process.isAlive() || System.nanoTime() > deadline) {
						break;
					}
					sleep(250);
				}
				if (!inRecovery(connection)) {
					return;
				}
			}
			catch (SQLException e) {
				if (WRONG_PASSWORD.equals(e.getSQLState())) {
					throw new WrongPassword(e);
				}
				last = e;
			}
			sleep(CANNOT_CONNECT_NOW.equals(last.getSQLState()) ? 200 : 100);
		}
		throw new IllegalStateException("PostgreSQL did not accept connections within " + timeout, last);
	}

	private static boolean inRecovery(Connection connection) throws SQLException {
		try (var sql = connection.createStatement(); var rs = sql.executeQuery("select pg_is_in_recovery()")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	/** The end of the server's newest log: why it stopped. */
	private String lastLines() {
		try (var logs = Files.list(pgData.resolve("log"))) {
			Path newest = logs.max(java.util.Comparator.comparing(Postmaster::modified)).orElseThrow();
			List<String> lines = Files.readAllLines(newest);
			return ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
		}
		catch (IOException | RuntimeException e) {
			return "";
		}
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException e) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

	static Connection connect(int port, String database, Credentials credentials) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", credentials.user());
		properties.setProperty("password", credentials.password());
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("ApplicationName", "cutis-admin");
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
	}

	/**
	 * Fast shutdown (SIGINT): open transactions roll back, a checkpoint is written, the server exits.
	 * If it has not exited within {@code timeout}, immediate shutdown (SIGQUIT), which the next start
	 * recovers from like a crash.
	 */
	void stop(Duration timeout) {
		if (!process.isAlive()) {
			return;
		}
		signal(process.pid(), "INT");
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("PostgreSQL (pid {}) did not stop within {}; stopping it immediately", process.pid(), timeout);
				signal(process.pid(), "QUIT");
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void signal(long pid, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not signal process " + pid, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Runs SQL in single-user mode: no server runs, nothing listens, nobody but this process is in. */
	static void singleUser(PostgresBinaries binaries, Path pgData, String sql) {
		try {
			Process process = new ProcessBuilder(binaries.command("postgres", "--single", "-D", pgData.toString(),
					"-c", "log_min_messages=warning", "postgres"))
				.redirectErrorStream(true)
				.start();
			try (OutputStream in = process.getOutputStream()) {
				in.write((sql.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("ERROR:")) {
				throw new IllegalStateException("PostgreSQL in single-user mode failed: " + output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not run PostgreSQL in single-user mode on " + pgData, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
	}

	/** The server runs but refuses the password we hold for its superuser. */
	static final class WrongPassword extends RuntimeException {
		WrongPassword(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}
}
