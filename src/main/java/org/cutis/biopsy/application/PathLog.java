package org.cutis.biopsy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.audit.AuditLog;
import org.cutis.biopsy.application.OpenSpecimens.Count;
import org.cutis.biopsy.application.OpenSpecimens.Waiting;
import org.cutis.biopsy.domain.Awaiting;
import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path log: every specimen not yet communicated, rejected or voided, with its due date and
 * overdue flag from the one {@link PathLogPolicy}. Nothing leaves it any other way. Read a page
 * at a time (due date first, no due date last, then the longest wait): each dated wait gives its
 * first rows from the index in due order and the page is merged from them, so a page costs the
 * same at a hundred open specimens as at a hundred thousand. The counts and the rows come from one
 * snapshot (repeatable read), so the page agrees with its total.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
@EnableConfigurationProperties(PathLogProperties.class)
public class PathLog {
	/** One page of the log and how many of the whole log are overdue. */
	public record Page(Paged<PathLogPolicy.Entry> entries, long overdue) {
	}

	private static final Comparator<Dated> DUE_ORDER = Comparator.comparing(Dated::due)
		.thenComparing(d -> d.waiting().since())
		.thenComparing(d -> d.waiting().id());

	/** An open specimen from the index with the due date its wait gives it. */
	record Dated(Waiting waiting, LocalDate due) {
	}

	private final Specimens specimens;
	private final OpenSpecimens open;
	private final PathLogPolicy policy;
	private final AuditLog audit;
	private final Clock clock;

	PathLog(Specimens specimens, OpenSpecimens open, PathLogProperties properties, AuditLog audit, Clock clock) {
		this.specimens = specimens;
		this.open = open;
		this.policy = properties.policy();
		this.audit = audit;
		this.clock = clock;
	}

	public PathLogPolicy.Settings settings() {
		return policy.settings();
	}

	/**
	 * What a nurse or clinician sees; every patient on the page is audited as listed (one patient's
	 * log is a look at that patient even when nothing is open).
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public Page view(UUID patientId, Paging paging) {
		Page page = page(patientId, paging);
		audit.listed("path-log", null, patientId != null ? List.of(patientId)
				: page.entries().rows().stream().map(e -> e.specimen().patientId()).distinct().toList());
		return page;
	}

	/** The same page without auditing. */
	public Page page(UUID patientId, Paging paging) {
		return patientId != null ? ofPatient(patientId, paging) : ofCenter(paging);
	}

	/** One patient's few specimens, by the patient index, assessed and ordered here. */
	private Page ofPatient(UUID patientId, Paging paging) {
		List<PathLogPolicy.Entry> all = policy.assess(specimens.findByPatientId(patientId), clock);
		int from = (int) Math.min(paging.offset(), all.size());
		int to = (int) Math.min(paging.offset() + paging.size(), all.size());
		long overdue = all.stream().filter(PathLogPolicy.Entry::overdue).count();
		return new Page(new Paged<>(all.subList(from, to), all.size(), paging), overdue);
	}

	private Page ofCenter(Paging paging) {
		Map<Awaiting, Count> counts = open.counts(overdueBefore());
		long dated = Awaiting.DATED.stream().mapToLong(a -> counts.get(a).open()).sum();
		long total = dated + counts.get(Awaiting.COLLECTION).open();
		long overdue = counts.values().stream().mapToLong(Count::overdue).sum();

		List<Waiting> rows = new ArrayList<>();
		long end = paging.offset() + paging.size();
		if (paging.offset() < dated) {
			// the page's rows are among the first (offset + size) of each wait: merge those, keep the page
			open.first(Awaiting.DATED, end)
				.stream()
				.map(w -> new Dated(w, policy.due(w.awaiting(), w.since(), clock.getZone())))
				.sorted(DUE_ORDER)
				.skip(paging.offset())
				.limit(paging.size())
				.forEach(d -> rows.add(d.waiting()));
		}
		if (rows.size() < paging.size() && end > dated) {
			// then the orders not yet collected, which have no due date, longest waiting first
			rows.addAll(open.range(Awaiting.COLLECTION, Math.max(0, paging.offset() - dated),
					paging.size() - rows.size()));
		}
		return new Page(new Paged<>(assessed(rows), total, paging), overdue);
	}

	/** The page's specimens with their steps in one query, assessed, in the page's order. */
	private List<PathLogPolicy.Entry> assessed(List<Waiting> rows) {
		Map<UUID, Specimen> byId = specimens.findByIdIn(rows.stream().map(Waiting::id).toList())
			.stream()
			.collect(Collectors.toMap(Specimen::id, Function.identity()));
		// the same snapshot as the index (repeatable read): every specimen read there is here, still open
		return rows.stream().map(w -> policy.assess(byId.get(w.id()), clock)).toList();
	}

	/** For each dated wait, the instant before which its wait began means overdue today. */
	Map<Awaiting, Instant> overdueBefore() {
		Map<Awaiting, Instant> before = new EnumMap<>(Awaiting.class);
		for (Awaiting a : Awaiting.DATED) {
			before.put(a, policy.overdueBefore(a, clock));
		}
		return before;
	}

	/** Open and overdue specimens per wait, for the nightly sweep. */
	Map<Awaiting, Count> counts(Map<Awaiting, Instant> overdueBefore) {
		return open.counts(overdueBefore);
	}

	/** The overdue specimens of one wait after the given one (null: the first), a chunk at a time. */
	List<Waiting> overdue(Awaiting awaiting, Instant before, Waiting after, int chunk) {
		return open.overdueAfter(awaiting, before, after, chunk);
	}

	LocalDate due(Waiting w) {
		return policy.due(w.awaiting(), w.since(), clock.getZone());
	}
}
