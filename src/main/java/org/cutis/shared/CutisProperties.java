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
 */
@ConfigurationProperties("cutis")
public record CutisProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue Db db) {

	public record Db(String url, String user, String password) {
		public boolean external() {
			return url != null && !url.isBlank();
		}
	}

	public Path databaseDir() {
		return dataDir.resolve("pg");
	}

	public Path filesDir() {
		return dataDir.resolve("files");
	}
}
