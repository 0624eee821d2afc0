package org.cutis.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Cutis keeps its data and which database it talks to.
 *
 * @param dataDir directory for the embedded database and the file store
 * @param demo whether the synthetic demonstration center is loaded
 * @param db an external PostgreSQL; when its url is blank the embedded server is used
 * @param backup continuous archiving of the embedded server's WAL
 */
@ConfigurationProperties("cutis")
public record CutisProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue Db db, @DefaultValue Backup backup) {

	/**
	 * An external PostgreSQL (see docs/external-postgresql.sql).
	 *
	 * @param url JDBC URL of the database
	 * @param user the application role the connection pool logs in as ({@code cutis_app})
	 * @param password its password
	 * @param owner the role that owns the schema and runs the migrations ({@code cutis_owner});
	 * when not given, the application role migrates and owns the tables itself
	 */
	public record Db(String url, String user, String password, @DefaultValue Owner owner) {
		public boolean external() {
			return url != null && !url.isBlank();
		}
	}

	public record Owner(String user, String password) {
		public boolean given() {
			return user != null && !user.isBlank();
		}
	}

	/**
	 * @param walArchive where the embedded server copies every completed WAL segment (default
	 * {@code <data-dir>/wal-archive}); put it on another disk to survive the loss of this one
	 * @param archiveTimeout the longest a commit waits before its WAL segment is archived
	 */
	public record Backup(Path walArchive, @DefaultValue("60s") java.time.Duration archiveTimeout) {
	}

	public Path walArchive() {
		return backup.walArchive() != null ? backup.walArchive() : dataDir.resolve("wal-archive");
	}

	public Path databaseDir() {
		return dataDir.resolve("pg");
	}

	public Path filesDir() {
		return dataDir.resolve("files");
	}
}
