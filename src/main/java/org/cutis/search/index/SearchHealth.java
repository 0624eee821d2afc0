package org.cutis.search.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code search} in /actuator/health: {@code DEGRADED} while the index is rebuilt or after it
 * failed, UP otherwise. Degraded is not down: every search still answers, identifiers and name
 * beginnings from the database, so the status order puts it between OUT_OF_SERVICE and UP and the
 * HTTP mapping answers 200 for it ({@code management.endpoint.health.status} in application.yml); a
 * load balancer keeps sending the desk's searches, and an administrator is told on every page
 * ({@link SearchIndexNotice}) and sees the reason here.
 */
@Component("search")
class SearchHealth implements HealthIndicator {
	static final Status DEGRADED = new Status("DEGRADED", "searches fall back to the database lookup");
	private final SearchIndexState state;

	SearchHealth(SearchIndexState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		SearchIndexState.Snapshot s = state.snapshot();
		return switch (s.status()) {
			case READY -> Health.up().build();
			case REBUILDING -> Health.status(DEGRADED).withDetail("index", "rebuilding").withDetail("indexed", s.done())
				.withDetail("of", s.total()).withDetail("fallback", "database lookup").build();
			case FAILED -> Health.status(DEGRADED).withDetail("index", "failed").withDetail("reason", s.reason())
				.withDetail("fallback", "database lookup").build();
		};
	}
}
