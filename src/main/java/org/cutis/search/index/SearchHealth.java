package org.cutis.search.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code search} in /actuator/health: DOWN when the index failed (searches fall back to the
 * database), OUT_OF_SERVICE while it is rebuilt, UP otherwise.
 */
@Component("search")
class SearchHealth implements HealthIndicator {
	private final SearchIndexState state;

	SearchHealth(SearchIndexState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		SearchIndexState.Snapshot s = state.snapshot();
		return switch (s.status()) {
			case READY -> Health.up().build();
			case REBUILDING -> Health.outOfService().withDetail("indexed", s.done()).withDetail("of", s.total()).build();
			case FAILED -> Health.down().withDetail("reason", s.reason()).withDetail("fallback", "database lookup").build();
		};
	}
}
