package org.cutis.surveillance.recall.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

	/**
	 * The whole list computed now, most urgent first, kept without rewriting unchanged items: the
	 * reference the kept list's pages ({@link RecallListing}) are checked against. Not audited.
	 */
	@Transactional
	public List<RecallItem> current() {
		return compute(false).items();
	}

	/**
	 * The whole list computed with every item's snapshot refreshed and the counts kept: the nightly
	 * job's and a day's first look, through {@link RecallListing#refreshWhole()}, which holds its lock.
	 */
	@Transactional
	public Computation refresh() {
		Computation c = compute(true);
		store.run(c.at(), c.today(), c.items(), c.resolved());
		return c;
	}

	public record Computation(Instant at, LocalDate today, List<RecallItem> items, int resolved) {
	}

	/**
	 * The items of these patients only, computed again and kept (their facts changed since their
	 * items were written: {@link RecallListing}); most urgent first.
	 */
	@Transactional
	public List<RecallItem> recompute(Collection<UUID> patients) {
		return compute(true, patients, true).items();
	}

	/** The items of these patients as the policy finds them now, without keeping anything (a page's rows). */
	@Transactional(readOnly = true)
	public List<RecallItem> itemsOf(Collection<UUID> patients) {
		return compute(false, patients, false).items();
	}

	private Computation compute(boolean refreshAll) {
		return compute(refreshAll, null, true);
	}

	/** @param patients whose visits only, or null for every patient */
	private Computation compute(boolean refreshAll, Collection<UUID> patients, boolean keep) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		if (patients != null && patients.isEmpty()) {
			return new Computation(now, today, List.of(), 0);
		}
		List<OpenVisit> visits = store.openVisits(policy.horizon(today), patients);
		Map<UUID, AppointmentState> appointments = store
			.appointments(visits.stream().map(OpenVisit::appointmentId).filter(Objects::nonNull).distinct().toList());
		Map<UUID, Remembered> remembered = store.remembered(patients);
		List<RecallItem> items = policy.list(visits, appointments, store.unlinkedOpen(patients), remembered,
				store.declinedVisits(patients), today);
		int resolved = keep ? store.remember(items, remembered, now, today, refreshAll) : 0;
		return new Computation(now, today, items, resolved);
	}
}
