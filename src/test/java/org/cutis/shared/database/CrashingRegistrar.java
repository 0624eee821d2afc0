package org.cutis.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTests}: starts the embedded database, then commits
 * one row at a time and prints each committed id, until the test kills this JVM with SIGKILL.
 */
public final class CrashingRegistrar {
	private CrashingRegistrar() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.owner().user(), database.owner().password())) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("create table if not exists crash_probe (id integer primary key)");
			}
			System.out.println("READY");
			System.out.flush();
			try (PreparedStatement insert = connection.prepareStatement("insert into crash_probe values (?)")) {
				for (int id = 1;; id++) {
					insert.setInt(1, id);
					insert.executeUpdate();
					// autocommit: when executeUpdate returns, the commit is durable (synchronous_commit = on)
					System.out.println("COMMITTED " + id);
					System.out.flush();
				}
			}
		}
	}
}
