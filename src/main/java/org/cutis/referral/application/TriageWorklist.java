package org.cutis.referral.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditLog;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.referral.domain.Referral;
import org.cutis.referral.domain.Referrals;
import org.cutis.referral.domain.TriageTargets;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage worklist, a page at a time: open referrals with a red flag (a possible SJS/TEN or
 * DRESS) first, then most urgent first and, within one urgency, oldest first (the most overdue on
 * top: a referral waiting longest is furthest past its triage target); each with its age flag.
 * The order is the referral's priority rank and arrival time, read from a partial index, so a page
 * costs the same with ten open referrals or ten thousand.
 */
@Service
@Transactional
public class TriageWorklist {
	private final Referrals referrals;
	private final PatientDirectory patients;
	private final AuditLog audit;
	private final ReferralProperties properties;
	private final java.time.Clock clock;

	TriageWorklist(Referrals referrals, PatientDirectory patients, AuditLog audit, ReferralProperties properties,
			java.time.Clock clock) {
		this.referrals = referrals;
		this.patients = patients;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** One page; every patient on it (and only those) is audited as listed. */
	public Paged<WorklistRow> page(Paging paging) {
		TriageTargets targets = properties.targets();
		Instant now = clock.instant();
		List<Referral> page = referrals.openInTriageOrder(paging.size(), paging.offset());
		// a short page that is not past the end is the last one: its length gives the total, no count needed
		boolean last = page.size() < paging.size() && (!page.isEmpty() || paging.page() == 0);
		long total = last ? paging.offset() + page.size() : referrals.countOpen();
		Map<UUID, PatientSummary> listed = patients.findAll(page.stream().map(Referral::patientId).toList());
		List<WorklistRow> rows = page.stream()
			.map(r -> new WorklistRow(r, listed.get(r.patientId()), targets.flag(r.urgency(), r.receivedAt(), now),
					Duration.between(r.receivedAt(), now).toDays()))
			.toList();
		audit.listed("referral-worklist", null, rows.stream().map(row -> row.referral().patientId()).toList());
		return new Paged<>(rows, total, paging);
	}

	/** patient is null only for a referral whose patient record cannot be read. */
	public record WorklistRow(Referral referral, PatientSummary patient, TriageTargets.Flag flag, long ageDays) {
	}
}
