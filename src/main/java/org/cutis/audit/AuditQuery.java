package org.cutis.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the audit page and API; every field may be null. {@code before} is the keyset
 * cursor: the id of the last entry of the previous page.
 */
public record AuditQuery(UUID patientId, String user, AuditAction action, LocalDate from, LocalDate to, Long before,
		int limit) {
	public AuditQuery {
		limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 500));
	}

	public static AuditQuery forPatient(UUID patientId) {
		return new AuditQuery(patientId, null, null, null, null, null, 100);
	}
}
