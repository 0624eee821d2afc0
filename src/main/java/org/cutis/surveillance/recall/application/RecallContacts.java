package org.cutis.surveillance.recall.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.NotFound;
import org.cutis.surveillance.recall.domain.Contact;
import org.cutis.surveillance.recall.domain.ContactMethod;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact log of the recall list: append-only (the database refuses changes), audited. */
@Service
public class RecallContacts {
	private final JdbcTemplate jdbc;
	private final RecallStore store;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	RecallContacts(JdbcTemplate jdbc, RecallStore store, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Records a contact about a surveillance visit (404 for an unknown visit). */
	@Transactional
	public Contact record(UUID visitId, String method, String outcome, String note, String reason) {
		UUID patientId = store.patientOfVisit(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		Contact c = Contact.record(visitId, patientId, method, outcome, note, reason, currentUser.username(),
				clock.instant());
		jdbc.update("""
				insert into recall_contact (id, visit_id, patient_id, method, outcome, note, reason, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", c.id(), c.visitId(), c.patientId(), c.method().code(), c.outcome(), c.note(), c.reason(),
				c.recordedBy(), Timestamp.from(c.recordedAt()));
		audit.record(AuditAction.CREATE, patientId, "recall-contact", c.id(), c.method().code());
		return c;
	}

	/** The visit's contact log, oldest first (audited as a view of the patient's record). */
	@Transactional
	public List<Contact> of(UUID visitId) {
		UUID patientId = store.patientOfVisit(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		audit.record(AuditAction.VIEW, patientId, "recall-contact-log", visitId, null);
		return jdbc.query("select * from recall_contact where visit_id = ? order by recorded_at, id", RecallContacts::contact,
				visitId);
	}

	/** Every contact of these visits, oldest first, by visit (for the list; the list audits). */
	@Transactional(readOnly = true)
	public Map<UUID, List<Contact>> ofVisits(Collection<UUID> visitIds) {
		Map<UUID, List<Contact>> byVisit = new HashMap<>();
		if (visitIds.isEmpty()) {
			return byVisit;
		}
		jdbc.query("select * from recall_contact where visit_id = any(?) order by recorded_at, id", rs -> {
			Contact c = contact(rs, 0);
			byVisit.computeIfAbsent(c.visitId(), id -> new java.util.ArrayList<>()).add(c);
		}, (Object) visitIds.toArray(UUID[]::new));
		return byVisit;
	}

	private static Contact contact(ResultSet rs, int n) throws SQLException {
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
				rs.getObject("patient_id", UUID.class), ContactMethod.fromCode(rs.getString("method")),
				rs.getString("outcome"), rs.getString("note"), rs.getString("reason"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
