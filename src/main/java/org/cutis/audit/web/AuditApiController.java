package org.cutis.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditEntry;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the API; its permission (AUDIT_READ) is in the identity module's route list. */
@Tag(name = "audit", description = "The append-only audit log (administrators)")
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {
	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@Operation(summary = "Audit entries, newest first, filtered by patient, user, action and date")
	@GetMapping
	AuditPage entries(@RequestParam(required = false) UUID patientId, @RequestParam(required = false) String user,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long cursor, @RequestParam(defaultValue = "50") int limit) {
		AuditQuery query = new AuditQuery(patientId, user, action, from, to, cursor, limit);
		List<AuditEntry> items = log.find(query);
		String next = items.size() == query.limit() ? Long.toString(items.get(items.size() - 1).id()) : null;
		return new AuditPage(items, next);
	}

	record AuditPage(List<AuditEntry> items, String next) {
	}
}
