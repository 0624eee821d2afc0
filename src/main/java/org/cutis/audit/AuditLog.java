package org.cutis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so a change that rolls
 * back leaves no audit line claiming it happened. There is no method to change or remove an
 * entry, and the database refuses both (see V200__audit_log.sql).
 */
@Component
public class AuditLog {
	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void record(AuditAction action, UUID patientId, String recordType, Object recordId, String detail) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = authentication == null ? "system" : authentication.getName();
		record(user, roleOf(authentication), action, patientId, recordType, recordId, detail);
	}

	/**
	 * A list showed these patients (a worklist, proposals, a meeting's case list): one LIST line
	 * per patient, as a search writes one SEARCH line per patient it finds, so every patient's
	 * access history names each list that showed them and who looked. {@code list} names the list
	 * ({@code referral-worklist}), {@code listId} the record the list belongs to (a meeting) or null.
	 */
	@Transactional
	public void listed(String list, Object listId, Collection<UUID> patientIds) {
		Map<UUID, String> lines = new LinkedHashMap<>();
		for (UUID patientId : patientIds) {
			if (patientId != null) {
				lines.putIfAbsent(patientId, listId == null ? null : listId.toString());
			}
		}
		lines(AuditAction.LIST, list, lines, null);
	}

	/**
	 * A search showed these patients: one SEARCH line per patient, naming the first record of theirs
	 * the page showed ({@code recordIds}, by patient) and the query ({@code detail}).
	 */
	@Transactional
	public void searched(Map<UUID, String> recordIds, String detail) {
		lines(AuditAction.SEARCH, "search", recordIds, detail);
	}

	/**
	 * One line per patient of a list or a page, by the current user, written in one batch (a page
	 * shows up to twenty patients; twenty round trips were a measurable part of a search).
	 */
	private void lines(AuditAction action, String recordType, Map<UUID, String> recordIds, String detail) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = fit(authentication == null ? "system" : authentication.getName(), 60);
		String role = fit(roleOf(authentication), 40);
		Timestamp at = Timestamp.from(clock.instant());
		String address = fit(clientAddress(), 100);
		List<Object[]> rows = new ArrayList<>();
		recordIds.forEach((patientId, recordId) -> rows.add(new Object[] { at, user, role, action.name(), patientId,
				fit(recordType, 60), fit(recordId, 100), fit(detail, 1000), address }));
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("insert into audit_entry (at, username, role, action, patient_id, record_type, record_id,"
					+ " detail, address) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		}
	}

	/** For events without an authenticated user yet, such as a failed login. */
	@Transactional
	public void record(String user, String role, AuditAction action, UUID patientId, String recordType, Object recordId,
			String detail) {
		jdbc.update(
				"insert into audit_entry (at, username, role, action, patient_id, record_type, record_id, detail, address)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(clock.instant()), fit(user == null ? "unknown" : user, 60), fit(role == null ? "none" : role, 40),
				action.name(), patientId, fit(recordType, 60), recordId == null ? null : fit(recordId.toString(), 100),
				fit(detail, 1000), fit(clientAddress(), 100));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query) {
		StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (query.patientId() != null) {
			sql.append(" and patient_id = ?");
			args.add(query.patientId());
		}
		if (query.user() != null && !query.user().isBlank()) {
			sql.append(" and username = ?");
			args.add(query.user().trim());
		}
		if (query.action() != null) {
			sql.append(" and action = ?");
			args.add(query.action().name());
		}
		ZoneId zone = clock.getZone();
		if (query.from() != null) {
			sql.append(" and at >= ?");
			args.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and at < ?");
			args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (query.before() != null) {
			sql.append(" and id < ?");
			args.add(query.before());
		}
		sql.append(" order by id desc limit ?");
		args.add(query.limit());
		return jdbc.query(sql.toString(), ENTRY, args.toArray());
	}

	private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("id"),
			rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("role"),
			AuditAction.valueOf(rs.getString("action")), rs.getObject("patient_id", UUID.class),
			rs.getString("record_type"), rs.getString("record_id"), rs.getString("detail"), rs.getString("address"));

	private static String roleOf(Authentication authentication) {
		if (authentication == null) {
			return "system";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5).toLowerCase().replace('_', '-'))
			.findFirst()
			.orElse("none");
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/**
	 * A value as its column can hold it: an attempt is audited whatever was typed (a 200-character
	 * login name, a NUL), so the text is cut to the column, marked with an ellipsis, and NUL, which
	 * PostgreSQL cannot store, becomes the replacement character.
	 */
	static String fit(String value, int max) {
		if (value == null) {
			return null;
		}
		String text = value.replace('\u0000', '\uFFFD');
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
	}
}
