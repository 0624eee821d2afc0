package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that runs inside Cutis when no external database is configured. Its data
 * lives in {@code <data-dir>/pg} and survives restarts; Cutis owns and supervises it:
 * <ul>
 * <li><b>Durable</b>: fsync and synchronous commit on; clinical data survives a crash of the JVM,
 * of the server and of the machine.</li>
 * <li><b>Closed</b>: it listens on 127.0.0.1 only, has no Unix socket, and every role needs its
 * password (SCRAM-SHA-256); see {@link DatabaseRoles} for who may do what. A data directory made
 * by an older Cutis, which trusted every local user, is upgraded at its first start.</li>
 * <li><b>Supervised</b>: the server is a child process of Cutis. If it dies (the kernel's OOM
 * killer, a kill -9), Cutis restarts it at once on the same data directory and port; PostgreSQL
 * replays its WAL, and the connection pool reconnects. Listeners hear {@link State#RESTARTING}
 * and {@link State#RUNNING}.</li>
 * <li><b>Archived</b>: unless told otherwise, every completed WAL segment is copied to the WAL
 * archive (PostgreSQL's {@code basic_archive} module), which together with a base backup
 * ({@code ./cutis backup}) allows a restore to any moment since.</li>
 * </ul>
 * One Cutis per data directory: a second start is refused with {@link DataDirectoryInUse}. A
 * server left running by a Cutis that was killed is stopped before this one starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {
	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	static final String DATABASE = "cutis";
	/** Long: a start may first replay a crash's WAL, or a restore's; it ends early when the server exits. */
	private static final Duration START_TIMEOUT = Duration.ofHours(6);
	private static final Duration RECOVERY_TIMEOUT = Duration.ofHours(6);
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
	private static final AtomicBoolean jvmExiting = new AtomicBoolean();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> jvmExiting.set(true), "cutis-postgres-exit-flag"));
	}

	/** What the application may expect of the server right now. */
	public enum State {
		RUNNING, RESTARTING, STOPPED
	}

	/**
	 * @param walArchive where completed WAL segments are copied; {@code null} for no archiving
	 * (throw-away test databases)
	 * @param archiveTimeout at most this long between a commit and its segment reaching the archive
	 * @param bulkLoad started for a bulk load ({@link BulkLoad}): archiving off, commits not waited for
	 */
	public record Options(Path walArchive, Duration archiveTimeout, boolean bulkLoad) {
		public Options(Path walArchive, Duration archiveTimeout) {
			this(walArchive, archiveTimeout, false);
		}

		public static Options archivingTo(Path walArchive) {
			return new Options(walArchive, Duration.ofSeconds(60));
		}

		public static Options withoutArchiving() {
			return new Options(null, null);
		}

		/** The same archive, not written to while this start lasts. */
		Options forBulkLoad() {
			return new Options(walArchive, archiveTimeout, true);
		}
	}

	private final Path dataDir;
	private final Path pgData;
	private final DataDirectoryLock lock;
	private final PostgresBinaries binaries;
	private final Options options;
	private final int port;
	private final Credentials superuser;
	private final Credentials owner = new Credentials(DatabaseRoles.OWNER, SuperuserPassword.generate());
	private final Credentials application = new Credentials(DatabaseRoles.APPLICATION, SuperuserPassword.generate());
	private final Supervisor supervisor;
	private volatile Postmaster postmaster;
	private volatile boolean closing;

	private EmbeddedDatabase(Path dataDir, DataDirectoryLock lock, PostgresBinaries binaries, Options options, int port,
			Credentials superuser) {
		this.dataDir = dataDir;
		this.pgData = dataDir.resolve("pg");
		this.lock = lock;
		this.binaries = binaries;
		this.options = options;
		this.port = port;
		this.superuser = superuser;
		this.supervisor = new Supervisor(this, RECOVERY_TIMEOUT, STOP_TIMEOUT);
	}

	/** Starts the server on {@code dataDir}, archiving its WAL to {@code <data-dir>/wal-archive}. */
	public static EmbeddedDatabase start(Path dataDir) {
		return start(dataDir, Options.archivingTo(dataDir.resolve("wal-archive")));
	}

	/**
	 * Starts the server on {@code dataDir}. Refuses with {@link DataDirectoryInUse} when another
	 * Cutis holds the directory, and first stops a server left running by a Cutis that died.
	 */
	public static EmbeddedDatabase start(Path dataDir, Options options) {
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		EmbeddedDatabase database = null;
		try {
			ServerSetup.Prepared prepared = ServerSetup.prepare(dataDir, options, STOP_TIMEOUT);
			database = new EmbeddedDatabase(dataDir, lock, prepared.binaries(), options, ServerSetup.freePort(),
					new Credentials("postgres", prepared.password()));
			database.launch();
			DatabaseRoles.setUp(database.port, database.superuser, database.owner, database.application, DATABASE);
			database.supervisor.change(State.RUNNING);
			database.supervisor.watch(database.postmaster);
			log.info("Embedded PostgreSQL running on 127.0.0.1:{} (pid {}) with data in {}{}", database.port,
					database.postmaster.pid(), database.pgData.toAbsolutePath(), ServerSetup.describeArchiving(options));
			return database;
		}
		catch (IOException e) {
			abandon(database, lock);
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
		}
		catch (RuntimeException e) {
			abandon(database, lock);
			throw e;
		}
	}

	private static void abandon(EmbeddedDatabase database, DataDirectoryLock lock) {
		if (database != null && database.postmaster != null) {
			database.postmaster.stop(STOP_TIMEOUT);
		}
		lock.close();
	}

	private void launch() {
		postmaster = Postmaster.start(binaries, pgData, port, ServerSetup.settings(options));
		try {
			postmaster.awaitReady(superuser, START_TIMEOUT);
		}
		catch (Postmaster.WrongPassword wrong) {
			// the file is what the operator holds: the server follows it
			log.warn("The server refused the superuser password in {}; setting it from that file",
					SuperuserPassword.file(dataDir).toAbsolutePath());
			postmaster.stop(STOP_TIMEOUT);
			ServerSetup.setSuperuserPassword(binaries, pgData, superuser.password());
			postmaster = Postmaster.start(binaries, pgData, port, ServerSetup.settings(options));
			postmaster.awaitReady(superuser, START_TIMEOUT);
		}
	}

	/** The current server; the supervisor's since its last restart. */
	Postmaster postmaster() {
		return postmaster;
	}

	/** A new server on the same data directory, port and settings (the supervisor's restart). */
	Postmaster startPostmaster() {
		Postmaster next = Postmaster.start(binaries, pgData, port, ServerSetup.settings(options));
		postmaster = next;
		return next;
	}

	boolean stopping() {
		return closing || jvmExiting.get();
	}

	Path pgData() {
		return pgData;
	}

	/** Called with the new state whenever the server goes down or comes back. */
	public void onStateChange(Consumer<State> listener) {
		supervisor.listen(listener);
	}

	public State state() {
		return supervisor.state();
	}

	public Instant stateSince() {
		return supervisor.stateSince();
	}

	/**
	 * Whether the server is there to answer right now: running, and its process alive (which the
	 * supervisor may not have noticed yet in the very millisecond of a death).
	 */
	public boolean isServing() {
		Postmaster current = postmaster;
		return supervisor.state() == State.RUNNING && current != null && current.isAlive();
	}

	/** How often the server has died since Cutis started (counted the moment it is noticed). */
	public int deaths() {
		return supervisor.deaths();
	}

	/** How often the supervisor has restarted the server since Cutis started. */
	public int restarts() {
		return supervisor.restarts();
	}

	public long pid() {
		return postmaster.pid();
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	public Path walArchive() {
		return options.walArchive();
	}

	public Options options() {
		return options;
	}

	public String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** {@code postgres}: for the operator, backups and tests that make databases of their own. */
	public Credentials superuser() {
		return superuser;
	}

	/** {@code cutis_owner}: owns the schema; Flyway migrates as this role. */
	public Credentials owner() {
		return owner;
	}

	/** {@code cutis_app}: the connection pool of the application. */
	public Credentials application() {
		return application;
	}

	/** Client sessions still connected to the application database (this call's own excluded). */
	public int openSessions() {
		try (Connection connection = Postmaster.connect(port, "postgres", superuser);
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
		if (closing) {
			return;
		}
		closing = true;
		supervisor.stop();
		try {
			if (postmaster != null) {
				postmaster.stop(STOP_TIMEOUT);
			}
			OrphanedPostmaster.find(pgData).ifPresent(server -> server.stop(STOP_TIMEOUT));
		}
		finally {
			supervisor.change(State.STOPPED);
			lock.close();
		}
	}
}
