package org.cutis.shared.database;

import org.cutis.shared.CutisProperties;

/** Where the database is: the embedded server this process owns, or an external one it only uses. */
public record DatabaseServer(String jdbcUrl, String user, String password, EmbeddedDatabase embedded)
		implements AutoCloseable {

	static DatabaseServer external(CutisProperties.Db db) {
		return new DatabaseServer(db.url(), db.user(), db.password(), null);
	}

	static DatabaseServer embedded(EmbeddedDatabase database) {
		return new DatabaseServer(database.jdbcUrl(), database.user(), null, database);
	}

	@Override
	public void close() {
		if (embedded != null) {
			embedded.close();
		}
	}
}
