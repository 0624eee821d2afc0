package org.cutis.shared.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the embedded server's data directory is made and configured: initdb with the superuser's
 * password, the password set again in single-user mode, pg_hba written at every start, and the
 * server settings. {@link EmbeddedDatabase} runs and supervises the server these describe.
 */
final class ServerSetup {
	private static final Logger log = LoggerFactory.getLogger(ServerSetup.class);

	private ServerSetup() {
	}

	/** The programs and the superuser's password of a data directory made ready to start. */
	record Prepared(PostgresBinaries binaries, String password) {
	}

	/**
	 * Makes {@code <data-dir>/pg} ready for a start: a server left running by a Cutis that died is
	 * stopped, the database made at the first start (or upgraded to passwords), pg_hba written.
	 */
	static Prepared prepare(Path dataDir, EmbeddedDatabase.Options options, Duration stopTimeout) throws IOException {
		Path pgData = dataDir.resolve("pg");
		OrphanedPostmaster.find(pgData).ifPresent(orphan -> {
			log.warn("PostgreSQL (pid {}) was left running on {} by a Cutis that did not shut down; stopping it",
					orphan.pid(), pgData.toAbsolutePath());
			orphan.stop(stopTimeout);
		});
		OrphanedPostmaster.stopLeftoverProcesses(pgData, Duration.ofSeconds(5));
		PostgresBinaries binaries = PostgresBinaries.forDataDirectory(dataDir);
		Optional<String> stored = SuperuserPassword.read(dataDir);
		String password = stored.orElseGet(() -> {
			String generated = SuperuserPassword.generate();
			SuperuserPassword.write(dataDir, generated);
			return generated;
		});
		if (!Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
			initdb(binaries, dataDir, pgData);
		}
		else if (stored.isEmpty()) {
			log.warn("The database in {} was made by an older Cutis and trusted every local user; it now requires"
					+ " passwords, the superuser's is in {}", pgData.toAbsolutePath(),
					SuperuserPassword.file(dataDir).toAbsolutePath());
			setSuperuserPassword(binaries, pgData, password);
		}
		writeHostBasedAuthentication(pgData);
		if (options.walArchive() != null) {
			Files.createDirectories(options.walArchive());
		}
		return new Prepared(binaries, password);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** For the start's log line. */
	static String describeArchiving(EmbeddedDatabase.Options options) {
		if (options.walArchive() == null) {
			return "";
		}
		return options.bulkLoad() ? ", WAL not archived while this bulk load runs"
				: ", WAL archived to " + options.walArchive().toAbsolutePath();
	}

	static void initdb(PostgresBinaries binaries, Path dataDir, Path pgData) throws IOException {
		if (Files.isDirectory(pgData)) {
			try (var children = Files.list(pgData)) {
				if (children.findAny().isPresent()) {
					throw new IllegalStateException(pgData.toAbsolutePath() + " holds files but no PostgreSQL database;"
							+ " move them away before starting Cutis");
				}
			}
		}
		String password = SuperuserPassword.read(dataDir).orElseThrow();
		Path passwordFile = Files.createTempFile(dataDir, "initdb-", ".pw",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
			// 1 MB WAL segments: a quiet center archives little more than it writes
			Process initdb = new ProcessBuilder(binaries.command("initdb", "-D", pgData.toString(), "-U", "postgres",
					"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF-8", "--wal-segsize=1"))
				.redirectErrorStream(true)
				.start();
			String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (initdb.waitFor() != 0) {
				throw new IllegalStateException("initdb failed: " + output);
			}
			log.debug("initdb: {}", output);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during initdb", e);
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/** Sets the superuser's password with no server running (single-user mode): nobody can watch. */
	static void setSuperuserPassword(PostgresBinaries binaries, Path pgData, String password) {
		Postmaster.singleUser(binaries, pgData,
				"alter role postgres password '" + PasswordUtil.encodeScramSha256(password.toCharArray()) + "'");
	}

	static void writeHostBasedAuthentication(Path pgData) throws IOException {
		Files.writeString(pgData.resolve("pg_hba.conf"), """
				# Written by Cutis at every start of its embedded PostgreSQL: edits here are overwritten.
				# TCP from this machine only (the server listens on 127.0.0.1, it has no Unix socket),
				# and every role needs its password. No other entry: nothing else may connect.
				# TYPE  DATABASE  USER  ADDRESS       METHOD
				host    all       all   127.0.0.1/32  scram-sha-256
				""", StandardCharsets.UTF_8);
	}

	/** The server's settings: loopback only, durable, logs rotated daily, WAL archived when asked. */
	static Map<String, String> settings(EmbeddedDatabase.Options options) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("listen_addresses", "127.0.0.1");
		settings.put("unix_socket_directories", "");
		settings.put("password_encryption", "scram-sha-256");
		settings.put("fsync", "on");
		settings.put("synchronous_commit", "on");
		settings.put("full_page_writes", "on");
		settings.put("max_connections", "100");
		// PostgreSQL's own default: initdb scales it with the 1 MB segments down to 64MB, and with 64MB
		// a bulk load (./cutis generate, a reindex) checkpointed every few seconds, each checkpoint
		// writing whole pages into the WAL again; at 100,000 patients the WAL archive grew to 5.6 GB
		settings.put("max_wal_size", "1GB");
		settings.put("timezone", "UTC");
		settings.put("logging_collector", "on");
		settings.put("log_directory", "log");
		settings.put("log_filename", "postgresql-%a.log");
		settings.put("log_truncate_on_rotation", "on");
		settings.put("log_rotation_age", "1d");
		settings.put("log_rotation_size", "0");
		if (options.bulkLoad()) {
			bulkLoad(settings);
		}
		else if (options.walArchive() != null) {
			settings.put("archive_mode", "on");
			settings.put("archive_library", "basic_archive");
			settings.put("basic_archive.archive_directory", options.walArchive().toAbsolutePath().toString());
			settings.put("archive_timeout", options.archiveTimeout().toSeconds() + "s");
		}
		else {
			settings.put("archive_mode", "off");
		}
		return settings;
	}

	/**
	 * A bulk load's settings, for this start only ({@link BulkLoad}). No archiving. Commits not
	 * waited for: a crash loses the last chunks of a synthetic load, never the database's
	 * consistency (fsync and full-page writes stay on). Checkpoints far apart: each one makes the next
	 * change of every page write the whole page into the WAL again. {@code wal_level} stays: the load
	 * COPYs into tables made earlier, for which {@code minimal} would skip no WAL. More shared
	 * buffers for the load's indexes.
	 */
	private static void bulkLoad(Map<String, String> settings) {
		settings.put("archive_mode", "off");
		settings.put("synchronous_commit", "off");
		settings.put("max_wal_size", "4GB");
		settings.put("checkpoint_timeout", "15min");
		// PostgreSQL's 128 MB of buffers held a tenth of a million patients' indexes: the load then read
		// and wrote index pages through the operating system at every chunk
		settings.put("shared_buffers", "1GB");
		settings.put("maintenance_work_mem", "512MB");
	}
}
