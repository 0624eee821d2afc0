package org.cutis.shared.database;

import java.util.Map;

import org.flywaydb.core.Flyway;

/** The schema as Cutis migrates it at start, for tests that run an embedded server without the application. */
public final class Migrations {
	private Migrations() {
	}

	public static void migrate(EmbeddedDatabase db) {
		Flyway.configure()
			.dataSource(db.jdbcUrl(), db.owner().user(), db.owner().password())
			.locations("classpath:db/migration", "classpath:db/callback")
			.outOfOrder(true)
			.placeholders(Map.of("applicationRole", db.application().user(), "demo", "false"))
			.load()
			.migrate();
	}
}
