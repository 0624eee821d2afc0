package org.cutis.surveillance.recall.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cutis.surveillance.recall.domain.AppointmentState;
import org.cutis.surveillance.recall.domain.OpenVisit;
import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallPolicy;
import org.cutis.surveillance.recall.domain.Remembered;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recall list, computed by the one {@link RecallPolicy} from what the database holds, for the page,
 * the API and the nightly job alike. Each computation keeps what it found (recall_item), which is also
 * the list's memory against a clock set back. No state in the instance: a restarted node, or a fresh
 * instance, computes the same list.
 */
@Service
@EnableConfigurationProperties(RecallProperties.class)
public class RecallWorklist {
	private final RecallStore store;
	private final RecallPolicy policy;
	private final Clock clock;

	@Autowired
	RecallWorklist(RecallStore store, RecallProperties properties, Clock clock) {
		this(store, new RecallPolicy(properties.lead()), clock);
	}

	public RecallWorklist(RecallStore store, RecallPolicy policy, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clock = clock;
	}

	public RecallPolicy policy() {
		return policy;
	}

	/** The list now, most urgent first (not audited: the callers that show patients audit). */
	@Transactional
	public List<RecallItem> current() {
		return compute(false).items();
	}

	/** The nightly job's computation: every item's snapshot refreshed, the counts kept. */
	@Transactional
	public Computation refresh() {
		Computation c = compute(true);
		store.run(c.at(), c.today(), c.items(), c.resolved());
		return c;
	}

	public record Computation(Instant at, LocalDate today, List<RecallItem> items, int resolved) {
	}

	private Computation compute(boolean refreshAll) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		List<OpenVisit> visits = store.openVisits(policy.horizon(today));
		Map<UUID, AppointmentState> appointments = store
			.appointments(visits.stream().map(OpenVisit::appointmentId).filter(Objects::nonNull).distinct().toList());
		Map<UUID, Remembered> remembered = store.remembered();
		List<RecallItem> items = policy.list(visits, appointments, store.unlinkedOpen(), remembered,
				store.declinedVisits(), today);
		int resolved = store.remember(items, remembered, now, today, refreshAll);
		return new Computation(now, today, items, resolved);
	}
}
