package org.cutis.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditEntry;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' audit page: filter by patient, user, action and dates; newest first. Its
 * permission (AUDIT_READ) is in the identity module's route list: audit sits below identity.
 */
@Controller
class AuditController {
	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) UUID patientId, @RequestParam(required = false) String user,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long cursor, Model model) {
		AuditQuery query = new AuditQuery(patientId, user, action, from, to, cursor, 50);
		List<AuditEntry> entries = log.find(query);
		model.addAttribute("entries", entries);
		model.addAttribute("query", query);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("nextCursor", entries.size() == query.limit() ? entries.get(entries.size() - 1).id() : null);
		return "audit/log";
	}
}
