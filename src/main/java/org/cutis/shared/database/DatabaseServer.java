package org.cutis.shared.database;

import org.cutis.shared.CutisProperties;

/**
 * Where the database is and who logs in: the embedded server this process owns, or an external
 * one it only uses. The application connects as {@code application}; migrations run as
 * {@code owner}.
 */
public record DatabaseServer(String jdbcUrl, Credentials application, Credentials owner, EmbeddedDatabase embedded)
		implements AutoCloseable {

	static DatabaseServer external(CutisProperties.Db db) {
		Credentials application = new Credentials(db.user(), db.password() == null ? "" : db.password());
		Credentials owner = db.owner().given()
				? new Credentials(db.owner().user(), db.owner().password() == null ? "" : db.owner().password())
				: application;
		return new DatabaseServer(db.url(), application, owner, null);
	}

	static DatabaseServer embedded(EmbeddedDatabase database) {
		return new DatabaseServer(database.jdbcUrl(), database.application(), database.owner(), database);
	}

	public boolean isEmbedded() {
		return embedded != null;
	}

	@Override
	public void close() {
		if (embedded != null) {
			embedded.close();
		}
	}
}
