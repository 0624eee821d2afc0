package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that runs inside Cutis when no external database is configured. Its
 * data lives in {@code <data-dir>/pg} and survives restarts. The library's defaults are meant for
 * throw-away test databases, so this class turns durability back on: clinical data must survive
 * a crash of the JVM and of the machine.
 */
public final class EmbeddedDatabase implements AutoCloseable {
	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	static final String DATABASE = "cutis";

	private final DataDirectoryLock lock;
	private final EmbeddedPostgres postgres;
	private final Path pgData;

	private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, Path pgData) {
		this.lock = lock;
		this.postgres = postgres;
		this.pgData = pgData;
	}

	/**
	 * Starts the server on {@code dataDir}. Refuses with {@link DataDirectoryInUse} when another
	 * Cutis holds the directory, and first stops a server left running by a Cutis that died.
	 */
	public static EmbeddedDatabase start(Path dataDir) {
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		try {
			Path pgData = dataDir.resolve("pg");
			OrphanedPostmaster.find(pgData).ifPresent(orphan -> {
				log.warn("PostgreSQL (pid {}) was left running on {} by a Cutis that did not shut down; stopping it",
						orphan.pid(), pgData.toAbsolutePath());
				orphan.stop(Duration.ofSeconds(60));
			});
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				// no hook of the library's own: it would stop the server while the application is
				// still closing its connection pool; the owner closes it (Spring, at context close)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// only this machine may connect: the server trusts local connections
				.setServerConfig("listen_addresses", "127.0.0.1")
				// the library starts postgres with -F (fsync off) and asynchronous commit
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.start();
			EmbeddedDatabase database = new EmbeddedDatabase(lock, postgres, pgData);
			database.createApplicationDatabase();
			log.info("Embedded PostgreSQL running on 127.0.0.1:{} with data in {}", postgres.getPort(),
					pgData.toAbsolutePath());
			return database;
		}
		catch (IOException e) {
			lock.close();
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
		}
		catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
	}

	public String user() {
		return "postgres";
	}

	private void createApplicationDatabase() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the database " + DATABASE, e);
		}
	}

	/** Client sessions still connected to the application database (this call's own excluded). */
	public int openSessions() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery(
						"select count(*) from pg_stat_activity where datname = '" + DATABASE + "'")) {
			count.next();
			return count.getInt(1);
		}
		catch (SQLException e) {
			return 0;
		}
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
		try {
			// the library stops the server with pg_ctl, which refuses to run as root: finish the job
			OrphanedPostmaster.find(pgData).ifPresent(server -> server.stop(Duration.ofSeconds(60)));
		}
		finally {
			lock.close();
		}
	}
}
