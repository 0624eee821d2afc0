package org.cutis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cutis.shared.database.EmbeddedDatabase;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL (the embedded server, as in production) for the whole test JVM. Every
 * Spring context of the tests points at it as an "external" database, so several contexts
 * (two nodes of a cluster, say) can share it. Tests create their own data and never assume an
 * empty table.
 */
public final class TestDatabase {
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
			database = EmbeddedDatabase.start(dataDir);
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeWhenClientsHaveGone));
		}
		return database;
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

	public static java.util.Map<String, Object> properties() {
		EmbeddedDatabase db = get();
		return java.util.Map.of("cutis.db.url", db.jdbcUrl(), "cutis.db.user", db.user(), "cutis.db.password", "",
				"cutis.scheduling.enabled", "false", "cutis.data-dir", dataDir.resolve("app").toString());
	}

	/** Registered in META-INF/spring.factories of the tests: every test application uses the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties()));
		}
	}
}
