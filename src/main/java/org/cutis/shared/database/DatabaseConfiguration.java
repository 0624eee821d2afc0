package org.cutis.shared.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cutis.shared.CutisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One DataSource for the whole application: an external PostgreSQL when {@code cutis.db.url}
 * (CUTIS_DB_URL) is set, otherwise the embedded server. The pool logs in as the application role;
 * Flyway migrates as the schema owner and then grants the application role what it may do
 * ({@code db/callback/afterMigrate__application_role.sql}).
 * <p>
 * While the embedded server restarts after a crash, {@code /actuator/health} is DOWN, readiness
 * refuses traffic and every other request is answered 503 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * @param bulkLoad {@code ./cutis generate}: the embedded server runs this start without archiving
	 * its WAL when no base backup needs the archive ({@link BulkLoad}); an external server is left as
	 * it is (the command says so at its end)
	 */
	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(CutisProperties properties, @Value("${cutis.db.bulk-load:false}") boolean bulkLoad) {
		if (properties.db().external()) {
			DatabaseServer server = DatabaseServer.external(properties.db());
			if (bulkLoad) {
				// its settings are its operator's: said before the load, not changed
				log.warn("A bulk load into the external PostgreSQL {}: Cutis changes none of its settings, so if it archives"
						+ " its WAL, the whole load is archived (tens of KB per patient); mind its archive's disk",
						server.jdbcUrl());
			}
			if (server.owner().equals(server.application())) {
				log.warn("Cutis connects to {} as {}, which also owns the tables: the audit log's append-only guard"
						+ " then rests on triggers alone. Set up a schema owner and an application role"
						+ " (docs/external-postgresql.sql) and give CUTIS_DB_OWNER_USER/PASSWORD.", server.jdbcUrl(),
						server.application().user());
			}
			return server;
		}
		var options = new EmbeddedDatabase.Options(properties.walArchive(), properties.backup().archiveTimeout());
		return DatabaseServer.embedded(EmbeddedDatabase.start(properties.dataDir(),
				bulkLoad ? BulkLoad.prepare(options) : options));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(DatabaseServer server, ApplicationEventPublisher events) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cutis");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(server.application().user());
		config.setPassword(server.application().password());
		config.setMaximumPoolSize(10);
		// a request that cannot get a connection in 10 s is answered 503, not kept waiting 30 s
		config.setConnectionTimeout(10_000);
		HikariDataSource pool = new HikariDataSource(config);
		if (server.isEmbedded()) {
			server.embedded().onStateChange(state -> {
				// the pooled connections lead to a dead server: new ones are made once it is back
				var mxBean = pool.getHikariPoolMXBean();
				if (mxBean != null) {
					mxBean.softEvictConnections();
				}
				AvailabilityChangeEvent.publish(events, server,
						state == EmbeddedDatabase.State.RUNNING ? ReadinessState.ACCEPTING_TRAFFIC
								: ReadinessState.REFUSING_TRAFFIC);
			});
		}
		return pool;
	}

	/** Migrations run as the schema owner; the callback grants the application role its rights. */
	@Bean
	FlywayConfigurationCustomizer migrateAsSchemaOwner(DatabaseServer server, CutisProperties properties) {
		return configuration -> {
			configuration.dataSource(server.jdbcUrl(), server.owner().user(), server.owner().password());
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.put("applicationRole", server.application().user());
			placeholders.put("demo", Boolean.toString(properties.demo()));
			configuration.placeholders(placeholders);
		};
	}

	/** Replaces Boot's "db" indicator, which would wait for a connection while the server restarts. */
	@Bean
	HealthIndicator dbHealthIndicator(DatabaseServer server, DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setQueryTimeout(5);
		return () -> {
			Health.Builder health = Health.up();
			if (server.isEmbedded()) {
				EmbeddedDatabase embedded = server.embedded();
				health.withDetail("server", "embedded")
					.withDetail("state", embedded.state())
					.withDetail("since", embedded.stateSince())
					.withDetail("restarts", embedded.restarts());
				// isServing also catches the moment between a death and the supervisor noticing it
				if (!embedded.isServing()) {
					return health.down().build();
				}
			}
			try {
				jdbc.queryForObject("select 1", Integer.class);
				return health.build();
			}
			catch (RuntimeException e) {
				return health.down(e).build();
			}
		};
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailable.Filter> databaseUnavailableFilter(DatabaseServer server,
			MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new DatabaseUnavailable.Filter(server, messages));
		// outside everything that may touch the database: sessions, security
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebMvcConfigurer databaseUnavailableResolver(DatabaseServer server, MessageSource messages) {
		return new WebMvcConfigurer() {
			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				// before the problem advices, whose catch-all would answer 500
				resolvers.add(0, new DatabaseUnavailable.Resolver(server, messages));
			}
		};
	}
}
