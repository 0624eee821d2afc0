package org.cutis.surveillance.recall.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.surveillance.recall.domain.AppointmentState;
import org.cutis.surveillance.recall.domain.OpenVisit;
import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallKind;
import org.cutis.surveillance.recall.domain.Remembered;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recall list's reads and its memory, in SQL: the plan's visits (the contract tables of V1600),
 * the appointments' states as the clinic announced them, and recall_item. Holds no state of its own,
 * so a restarted node (or a second one) computes the same list.
 */
@Component
public class RecallStore {
	/**
	 * Two index reads joined by UNION, not one filter with OR: "due by the horizon or remembered" as
	 * one condition could use no index and scanned every visit (11 million at a million patients,
	 * 18 s), as the visits of ten years are written when a plan is activated.
	 */
	private static final String OPEN_VISITS = """
			select v.id, v.plan_id, v.patient_id, p.status as plan_status, v.kind, v.imaging, v.due_from, v.due_to,
			       v.status, v.appointment_id, p.responsible, p.responsible_department
			from surveillance_visit v join surveillance_plan p on p.id = v.plan_id
			where p.status in ('active', 'suspended') and v.status in ('planned', 'booked', 'missed')
			  and v.due_from <= ? %1$s
			union
			select v.id, v.plan_id, v.patient_id, p.status, v.kind, v.imaging, v.due_from, v.due_to,
			       v.status, v.appointment_id, p.responsible, p.responsible_department
			from recall_item r join surveillance_visit v on v.id = r.visit_id join surveillance_plan p on p.id = v.plan_id
			where r.resolved_at is null and p.status in ('active', 'suspended') and v.status in ('planned', 'booked', 'missed')
			  %1$s
			""";

	private final JdbcTemplate jdbc;
	private final ObjectProvider<Appointments> appointments;

	public RecallStore(JdbcTemplate jdbc, ObjectProvider<Appointments> appointments) {
		this.jdbc = jdbc;
		this.appointments = appointments;
	}

	/**
	 * Open visits of active or suspended plans whose window opens by {@code horizon}, and every
	 * remembered one, of these patients only (all when null).
	 */
	public List<OpenVisit> openVisits(LocalDate horizon, Collection<UUID> patients) {
		String sql = OPEN_VISITS.formatted(patients == null ? "" : "and v.patient_id = any(?)");
		Object[] args = patients == null ? new Object[] { java.sql.Date.valueOf(horizon) }
				: new Object[] { java.sql.Date.valueOf(horizon), ids(patients), ids(patients) };
		return jdbc.query(sql, (rs, n) -> new OpenVisit(uuid(rs, "id"), uuid(rs, "plan_id"),
				uuid(rs, "patient_id"), "suspended".equals(rs.getString("plan_status")), rs.getString("kind"),
				rs.getString("imaging"), rs.getObject("due_from", LocalDate.class), rs.getObject("due_to", LocalDate.class),
				rs.getString("status"), uuid(rs, "appointment_id"), rs.getString("responsible"),
				rs.getString("responsible_department")), args);
	}

	/**
	 * The states of these appointments: as announced; one never announced here (booked before this
	 * node listened, or its event still on the way) is asked of the clinic and kept.
	 */
	public Map<UUID, AppointmentState> appointments(Collection<UUID> ids) {
		Map<UUID, AppointmentState> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.query("select * from recall_appointment where appointment_id = any(?)",
				rs -> {
					AppointmentState a = state(rs);
					found.put(a.id(), a);
				}, (Object) ids.toArray(UUID[]::new));
		Appointments clinic = appointments.getIfAvailable();
		if (clinic != null) {
			for (UUID id : ids) {
				if (!found.containsKey(id)) {
					clinic.find(id).ifPresent(summary -> {
						AppointmentState a = new AppointmentState(summary.id(), summary.patientId(), summary.clinician(),
								summary.kind(), summary.status(), summary.start());
						record(a, Instant.EPOCH);
						found.put(id, a);
					});
				}
			}
		}
		return found;
	}

	/** Open appointments (booked, arrived) that no surveillance visit points to, of these patients (all when null). */
	public List<AppointmentState> unlinkedOpen(Collection<UUID> patients) {
		return jdbc.query("""
				select * from recall_appointment a where a.status in ('booked', 'arrived')
				  and not exists (select 1 from surveillance_visit v where v.appointment_id = a.appointment_id)
				""" + (patients == null ? "" : " and a.patient_id = any(?)"), (rs, n) -> state(rs),
				patients == null ? new Object[0] : new Object[] { ids(patients) });
	}

	/** The clinic announced a change; an older announcement arriving late does not undo a newer one. */
	public void record(AppointmentState a, Instant changedAt) {
		jdbc.update("""
				insert into recall_appointment (appointment_id, patient_id, clinician, kind, status, start_at, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (appointment_id) do update set patient_id = excluded.patient_id, clinician = excluded.clinician,
				  kind = excluded.kind, status = excluded.status, start_at = excluded.start_at, changed_at = excluded.changed_at
				where recall_appointment.changed_at <= excluded.changed_at
				""", a.id(), a.patientId(), a.clinician(), a.kind() == null ? null : a.kind().code(), a.status().code(),
				Timestamp.from(a.start()), Timestamp.from(changedAt));
	}

	public Optional<AppointmentSummary> fromClinic(UUID appointmentId) {
		Appointments clinic = appointments.getIfAvailable();
		return clinic == null ? Optional.empty() : clinic.find(appointmentId);
	}

	/** The visits whose last contact was the patient's refusal (awaiting a doctor's decision). */
	public Set<UUID> declinedVisits(Collection<UUID> patients) {
		return new HashSet<>(jdbc.query("""
				select visit_id from (
				  select distinct on (visit_id) visit_id, method from recall_contact
				  %s
				  order by visit_id, recorded_at desc, id desc) last
				where method = 'declined'
				""".formatted(patients == null ? "" : "where patient_id = any(?)"), (rs, n) -> uuid(rs, "visit_id"),
				patients == null ? new Object[0] : new Object[] { ids(patients) }));
	}

	/** What earlier computations found, for visits not resolved since. */
	public Map<UUID, Remembered> remembered(Collection<UUID> patients) {
		Map<UUID, Remembered> found = new HashMap<>();
		jdbc.query("select visit_id, kind, overdue_since from recall_item where resolved_at is null"
				+ (patients == null ? "" : " and patient_id = any(?)"),
				rs -> {
					found.put(uuid(rs, "visit_id"), new Remembered(RecallKind.fromCode(rs.getString("kind")),
							rs.getObject("overdue_since", LocalDate.class)));
				}, patients == null ? new Object[0] : new Object[] { ids(patients) });
		return found;
	}

	/**
	 * Keeps what this computation found: new or changed items written (all of them when
	 * {@code refreshAll}, the nightly job's snapshot and a patient's items computed again), remembered
	 * ones no longer listed resolved. Each item keeps the list's order and filter (urgency, window,
	 * responsible doctor) for the paged reads of {@link RecallPages}.
	 *
	 * @return how many were resolved
	 */
	public int remember(List<RecallItem> items, Map<UUID, Remembered> before, Instant now, LocalDate today,
			boolean refreshAll) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> upserts = new ArrayList<>();
		Map<UUID, Boolean> listed = new HashMap<>();
		for (RecallItem item : items) {
			listed.put(item.id(), true);
			Remembered was = before.get(item.id());
			if (refreshAll || was == null || was.kind() != item.kind()) {
				upserts.add(new Object[] { item.id(), item.patientId(), item.kind().code(), at,
						item.kind() == RecallKind.OVERDUE ? java.sql.Date.valueOf(today) : null, at, item.kind().rank(),
						java.sql.Date.valueOf(item.visit().dueFrom()), java.sql.Date.valueOf(item.visit().dueTo()),
						item.visit().responsible() });
			}
		}
		if (!upserts.isEmpty()) {
			jdbc.batchUpdate("""
					insert into recall_item (visit_id, patient_id, kind, first_listed_at, overdue_since, last_found_at,
					  urgency, due_from, due_to, responsible)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (visit_id) do update set kind = excluded.kind, last_found_at = excluded.last_found_at,
					  urgency = excluded.urgency, due_from = excluded.due_from, due_to = excluded.due_to,
					  responsible = excluded.responsible,
					  overdue_since = case when recall_item.resolved_at is null
					                       then coalesce(recall_item.overdue_since, excluded.overdue_since)
					                       else excluded.overdue_since end,
					  first_listed_at = case when recall_item.resolved_at is null then recall_item.first_listed_at
					                         else excluded.first_listed_at end,
					  resolved_at = null
					""", upserts);
		}
		List<UUID> resolved = before.keySet().stream().filter(id -> !listed.containsKey(id)).toList();
		if (!resolved.isEmpty()) {
			jdbc.update("update recall_item set resolved_at = ? where resolved_at is null and visit_id = any(?)", at,
					(Object) resolved.toArray(UUID[]::new));
		}
		return resolved.size();
	}

	/** The nightly job's counts. */
	public void run(Instant at, LocalDate on, List<RecallItem> items, int resolved) {
		Map<RecallKind, Integer> counts = counts(items);
		jdbc.update("""
				insert into recall_run (id, run_at, run_on, items, due_unbooked, missed, overdue, imaging_due, resolved)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", UUID.randomUUID(), Timestamp.from(at), java.sql.Date.valueOf(on), items.size(),
				counts.get(RecallKind.DUE_UNBOOKED), counts.get(RecallKind.MISSED), counts.get(RecallKind.OVERDUE),
				counts.get(RecallKind.IMAGING_DUE), resolved);
	}

	static Map<RecallKind, Integer> counts(List<RecallItem> items) {
		Map<RecallKind, Integer> counts = new java.util.EnumMap<>(RecallKind.class);
		for (RecallKind k : RecallKind.values()) {
			counts.put(k, 0);
		}
		items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
		return counts;
	}

	/** The visit's patient, or empty when there is no such surveillance visit. */
	public Optional<UUID> patientOfVisit(UUID visitId) {
		return jdbc.query("select patient_id from surveillance_visit where id = ?", (rs, n) -> uuid(rs, "patient_id"),
				visitId).stream().findFirst();
	}

	private static AppointmentState state(ResultSet rs) throws SQLException {
		return new AppointmentState(uuid(rs, "appointment_id"), uuid(rs, "patient_id"), rs.getString("clinician"),
				AppointmentKind.fromCode(rs.getString("kind")), AppointmentStatus.fromCode(rs.getString("status")),
				rs.getTimestamp("start_at").toInstant());
	}

	static UUID[] ids(Collection<UUID> ids) {
		return ids.toArray(UUID[]::new);
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}
}
