package org.cutis.surveillance.recall.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recall list a page at a time (V1891). Computing the whole list for each page grew with the
 * center: 161,293 items at a million patients, 16 s a request. So the list is kept in recall_item
 * with its order, and before a page is read it is brought up to date: the whole list once a day
 * (the nightly job, or the first look of a day it has not run for, or of a clock set back), and
 * otherwise only the patients whose visits, plans, appointments or contacts changed since
 * (recall_stale, marked by the database's triggers whoever wrote the change). The page's own rows
 * are then assessed again by {@link org.cutis.surveillance.recall.domain.RecallPolicy} with the
 * facts of this moment, so what a nurse reads is what the policy says now.
 */
@Service
public class RecallListing {
	/** The list's order: {@code RecallPolicy.URGENCY} (an overdue visit's days follow its last day). */
	private static final String ORDER = " order by urgency desc, due_to, due_from, visit_id";

	private final RecallWorklist worklist;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	RecallListing(RecallWorklist worklist, JdbcTemplate jdbc, Clock clock) {
		this.worklist = worklist;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page of the list (from 0) and the size of the whole (filtered) list. */
	public record Page(List<RecallItem> items, int total) {
	}

	/** A page of the list, most urgent first, filtered by kind and responsible doctor (null: any). */
	@Transactional
	public Page page(RecallKind kind, String doctor, int page, int size) {
		bringUpToDate();
		StringBuilder where = new StringBuilder(" from recall_item where resolved_at is null");
		List<Object> args = new ArrayList<>();
		if (kind != null) {
			where.append(" and kind = ?");
			args.add(kind.code());
		}
		if (doctor != null) {
			where.append(" and responsible = ?");
			args.add(doctor);
		}
		Integer total = jdbc.queryForObject("select count(*)" + where, Integer.class, args.toArray());
		List<Object> paged = new ArrayList<>(args);
		paged.add(size);
		paged.add((long) page * size);
		Set<UUID> patients = new LinkedHashSet<>();
		List<UUID> visits = jdbc.query("select visit_id, patient_id" + where + ORDER + " limit ? offset ?", (rs, n) -> {
			patients.add(rs.getObject("patient_id", UUID.class));
			return rs.getObject("visit_id", UUID.class);
		}, paged.toArray());
		if (visits.isEmpty()) {
			return new Page(List.of(), total == null ? 0 : total);
		}
		Map<UUID, RecallItem> now = new HashMap<>();
		worklist.itemsOf(patients).forEach(i -> now.put(i.id(), i));
		return new Page(visits.stream().map(now::get).filter(java.util.Objects::nonNull).toList(),
				total == null ? 0 : total);
	}

	/** The whole list computed and kept, for the nightly job (and a day's first look). */
	@Transactional
	public RecallWorklist.Computation refreshWhole() {
		lockTheList();
		Stale seen = stale();
		RecallWorklist.Computation c = worklist.refresh();
		clear(seen);
		jdbc.update("""
				insert into recall_computed (id, computed_on, computed_at) values (true, ?, ?)
				on conflict (id) do update set computed_on = excluded.computed_on, computed_at = excluded.computed_at
				""", java.sql.Date.valueOf(c.today()), Timestamp.from(c.at()));
		return c;
	}

	/**
	 * Looks without a lock (most pages find nothing to do); when there is work, one transaction at a
	 * time does it, on any node, and the others wait and then find it done: two computations of the
	 * whole list writing the same items in different orders could deadlock.
	 */
	private void bringUpToDate() {
		if (!computedToday() || hasStale()) {
			lockTheList();
			if (!computedToday()) {
				refreshWhole();
				return;
			}
			Stale seen = stale();
			if (!seen.marks().isEmpty()) {
				worklist.recompute(seen.patients());
				clear(seen);
			}
		}
	}

	private boolean computedToday() {
		List<LocalDate> computed = jdbc.queryForList("select computed_on from recall_computed", LocalDate.class);
		return !computed.isEmpty() && computed.get(0).equals(LocalDate.now(clock));
	}

	private boolean hasStale() {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from recall_stale)", Boolean.class));
	}

	/** Held to the end of the transaction. */
	private void lockTheList() {
		jdbc.query("select pg_advisory_xact_lock(hashtext('recall-list'))", rs -> {
		});
	}

	/** The marks read, and the patients they name. */
	private record Stale(List<Long> marks, Set<UUID> patients) {
	}

	private Stale stale() {
		List<Long> marks = new ArrayList<>();
		Set<UUID> patients = new LinkedHashSet<>();
		jdbc.query("select mark, patient_id from recall_stale", rs -> {
			marks.add(rs.getLong("mark"));
			patients.add(rs.getObject("patient_id", UUID.class));
		});
		return new Stale(marks, patients);
	}

	/** Deletes the marks read, and only those: a change committed while this computed is kept for the next. */
	private void clear(Stale seen) {
		if (!seen.marks().isEmpty()) {
			jdbc.update("delete from recall_stale where mark = any(?)", (Object) seen.marks().toArray(Long[]::new));
		}
	}
}
