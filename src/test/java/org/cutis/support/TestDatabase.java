package org.cutis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cutis.shared.database.Credentials;
import org.cutis.shared.database.EmbeddedDatabase;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One real PostgreSQL (the embedded server, as in production, without WAL archiving) for the
 * whole test JVM. Every Spring context of the tests points at it as an "external" database with the
 * production role layout: the pool logs in as the application role, Flyway migrates as the schema
 * owner. Several contexts (two nodes of a cluster, say) can share it. Tests create their own data
 * and never assume an empty table.
 * <p>
 * A test that starts Cutis on a data directory of its own (with its own embedded server) passes
 * {@code --cutis.test.own-database=true}.
 */
public final class TestDatabase {
	public static final String OWN_DATABASE = "cutis.test.own-database";
	private static EmbeddedDatabase database;
	private static Path dataDir;

	private TestDatabase() {
	}

	public static synchronized EmbeddedDatabase get() {
		if (database == null) {
			try {
				dataDir = Files.createTempDirectory("cutis-test-db");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			database = EmbeddedDatabase.start(dataDir, EmbeddedDatabase.Options.withoutArchiving());
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeWhenClientsHaveGone));
		}
		return database;
	}

	/**
	 * The schema owner's connection, for what a test may do that the application may not (moving a
	 * specimen's history back in time).
	 */
	public static JdbcTemplate owner() {
		EmbeddedDatabase db = get();
		return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.owner().user(), db.owner().password()));
	}

	/**
	 * Runs at JVM exit beside the shutdown hooks of the test applications: waits (up to ten
	 * seconds) until they have closed their connection pools, then stops the server.
	 */
	private static void closeWhenClientsHaveGone() {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (database.openSessions() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		database.close();
	}

	public static Map<String, Object> properties() {
		EmbeddedDatabase db = get();
		Credentials application = db.application();
		Credentials owner = db.owner();
		return Map.of("cutis.db.url", db.jdbcUrl(), "cutis.db.user", application.user(), "cutis.db.password",
				application.password(), "cutis.db.owner.user", owner.user(), "cutis.db.owner.password",
				owner.password(), "cutis.scheduling.enabled", "false", "cutis.data-dir",
				dataDir.resolve("app").toString(),
				// contexts share the data directory: each keeps its search index in memory and builds it from its own changes
				"cutis.search.index", "heap", "cutis.search.rebuild-on-start", "false");
	}

	/** Registered in META-INF/spring.factories of the tests: every test application uses the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (context.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)) {
				return;
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties()));
		}
	}
}
