package org.cutis.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cutis.shared.CutisProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole application: an external PostgreSQL when {@code cutis.db.url}
 * (CUTIS_DB_URL) is set, otherwise the embedded server. Flyway migrates whichever it is.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(CutisProperties properties) {
		if (properties.db().external()) {
			return DatabaseServer.external(properties.db());
		}
		return DatabaseServer.embedded(EmbeddedDatabase.start(properties.dataDir()));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(DatabaseServer server) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cutis");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}
}
