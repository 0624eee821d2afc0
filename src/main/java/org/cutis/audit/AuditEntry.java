package org.cutis.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log, as read back. */
public record AuditEntry(long id, Instant at, String user, String role, AuditAction action, UUID patientId,
		String recordType, String recordId, String detail, String address) {
}
