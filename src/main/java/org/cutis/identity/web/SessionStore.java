package org.cutis.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (every node sees them). Two requests of one browser that run at the
 * same time, in a session new to both, each add the same attribute (the CSRF token a form needs):
 * with the portable SQL the second insert broke the attribute's primary key and the page answered
 * 500 (seen under the benchmark, four clients on one session; a clinician with two tabs does the
 * same). Spring Session's PostgreSQL statements write attributes with ON CONFLICT instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
