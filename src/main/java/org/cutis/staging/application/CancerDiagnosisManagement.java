package org.cutis.staging.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.RuleEngine;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.PathologyFindings;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.ReceivedReport;
import org.cutis.staging.domain.ReceivedReports;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecord.Occasion;
import org.cutis.staging.domain.StagingRecords;
import org.cutis.staging.domain.WorkupFacts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancer diagnoses from signed pathology, and their staging: computed, accepted or overridden,
 * restaged. Every change is audited; a stage that becomes current is published for the tumor board.
 */
@Service
@Transactional
public class CancerDiagnosisManagement {
	private final CancerDiagnoses cancers;
	private final StagingRecords records;
	private final ReceivedReports received;
	private final PatientDirectory patients;
	private final WorkupPlanner workup;
	private final StagingCalculator calculator;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CancerDiagnosisManagement(CancerDiagnoses cancers, StagingRecords records, ReceivedReports received,
			PatientDirectory patients, WorkupPlanner workup, RuleEngine engine, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock) {
		this.cancers = cancers;
		this.records = records;
		this.received = received;
		this.patients = patients;
		this.workup = workup;
		this.calculator = new StagingCalculator(engine);
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the cancer of the report's lesion, or restages it when the lesion already has one
	 * (a re-excision report). Idempotent per report: the same report twice changes nothing.
	 */
	public CancerDiagnosis recordSignedPathology(PathologyFindings findings) {
		Optional<ReceivedReport> known = received.findById(findings.reportId());
		if (known.isPresent()) {
			return load(known.get().cancerId());
		}
		if (patients.find(findings.patientId()).filter(p -> !p.voided()).isEmpty()) {
			throw new InvalidInput("patientId", "staging.patient.unknown");
		}
		Optional<CancerDiagnosis> existing = cancers.findByLesionId(findings.lesionId());
		CancerDiagnosis cancer;
		if (existing.isPresent()) {
			cancer = existing.get();
			requireSamePatient(cancer, findings);
			cancer.amend(findings, clock.instant());
			received.save(new ReceivedReport(findings.reportId(), cancer.id(), clock.instant()));
			restage(cancer, Occasion.AMENDMENT, false);
			audit.record(AuditAction.UPDATE, cancer.patientId(), "cancer", cancer.id(), "report " + findings.reportId());
			return cancer;
		}
		cancer = cancers.save(new CancerDiagnosis(findings, currentUser.username(), clock.instant()));
		received.save(new ReceivedReport(findings.reportId(), cancer.id(), clock.instant()));
		audit.record(AuditAction.CREATE, cancer.patientId(), "cancer", cancer.id(),
				findings.kind().code() + " from report " + findings.reportId());
		StagingRecord first = restage(cancer, Occasion.DIAGNOSIS, false);
		workup.propose(cancer, first.computation());
		return cancer;
	}

	/**
	 * An amended report restages the cancer and tells whoever decided on the old values (the
	 * tumor board flags its cases "data changed since discussion"). Unchanged values: no-op.
	 */
	public CancerDiagnosis recordAmendedPathology(PathologyFindings findings) {
		Optional<CancerDiagnosis> existing = received.findById(findings.reportId())
			.map(r -> load(r.cancerId()))
			.or(() -> cancers.findByLesionId(findings.lesionId()));
		if (existing.isEmpty()) {
			return recordSignedPathology(findings);
		}
		CancerDiagnosis cancer = existing.get();
		requireSamePatient(cancer, findings);
		if (cancer.findings().equals(findings)) {
			return cancer;
		}
		cancer.amend(findings, clock.instant());
		restage(cancer, Occasion.AMENDMENT, false);
		audit.record(AuditAction.UPDATE, cancer.patientId(), "cancer", cancer.id(),
				"amended report " + findings.reportId());
		events.publishEvent(new CancerFactsChanged(cancer.id(), cancer.patientId(), "addendum",
				List.of("report " + findings.reportId()), clock.instant()));
		return cancer;
	}

	public StagingRecord accept(UUID cancerId, UUID recordId) {
		CancerDiagnosis cancer = load(cancerId);
		StagingRecord record = record(cancerId, recordId);
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancerId);
		if (record.status() == StagingRecord.Status.PENDING_CONFIRMATION && history.get(0) != record) {
			throw new RefusedTransition("staging.record.replaced");
		}
		record.accept(currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(), "accepted " + record.effectiveStage());
		publish(cancer, record);
		return record;
	}

	/** Overrides the current stage with the clinician's, with a reason; the computed stage stays beside it. */
	public StagingRecord override(UUID cancerId, String stage, String reason) {
		CancerDiagnosis cancer = load(cancerId);
		StagingRecord record = current(cancerId)
			.orElseThrow(() -> new RefusedTransition("staging.record.none"));
		record.override(stage, reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(),
				"override " + record.computation().headlineStage() + " -> " + stage + ": " + reason);
		publish(cancer, record);
		return record;
	}

	/** Restaging at recurrence: a new record that the tumor board's recurrence rule reads. */
	public StagingRecord recordRecurrence(UUID cancerId) {
		CancerDiagnosis cancer = load(cancerId);
		StagingRecord record = restage(cancer, Occasion.RECURRENCE, false);
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(), "recurrence");
		return record;
	}

	/**
	 * Recomputes with the work-up results so far. A change of N or M (or the stage) waits for the
	 * clinician's confirmation; no change adds nothing.
	 */
	StagingRecord restageAfterWorkup(CancerDiagnosis cancer, WorkupFacts facts) {
		StageComputation now = calculator.compute(cancer.findings(), facts);
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancer.id());
		StageComputation before = current(history).map(StagingRecord::computation).orElse(null);
		List<String> changes = before == null ? List.of() : now.changesFrom(before);
		if (before != null && changes.isEmpty()) {
			history.stream().filter(r -> r.status() == StagingRecord.Status.PENDING_CONFIRMATION).forEach(StagingRecord::replace);
			return null;
		}
		history.forEach(StagingRecord::replace);
		StagingRecord record = records.save(new StagingRecord(cancer.id(), nextSequence(history), Occasion.WORKUP, now,
				changes, true, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, cancer.patientId(), "staging", record.id(), "proposed: " + record.changes());
		return record;
	}

	private StagingRecord restage(CancerDiagnosis cancer, Occasion occasion, boolean needsConfirmation) {
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancer.id());
		StageComputation now = calculator.compute(cancer.findings(), workup.factsOf(cancer.id()));
		List<String> changes = current(history).map(r -> now.changesFrom(r.computation())).orElse(List.of());
		history.forEach(StagingRecord::replace);
		StagingRecord record = records.save(new StagingRecord(cancer.id(), nextSequence(history), occasion, now, changes,
				needsConfirmation, currentUser.username(), clock.instant()));
		publish(cancer, record);
		return record;
	}

	private void publish(CancerDiagnosis cancer, StagingRecord record) {
		StageComputation c = record.computation();
		String t = c.pathologicalT() != null ? c.pathologicalT() : c.clinicalT();
		events.publishEvent(new CancerStaged(cancer.id(), cancer.patientId(), cancer.lesionId(), record.id(),
				cancer.kind(), null, cancer.diagnosisDate(), record.effectiveStage(), c.clinicalStage(),
				c.pathologicalStage(), t, c.bwhT(), cancer.findings().inSitu(), record.occasion() == Occasion.RECURRENCE,
				cancer.findings().discordant(), record.changes() == null ? List.of() : List.of(record.changes().split("; "))));
	}

	@Transactional(readOnly = true)
	public Optional<StagingRecord> current(UUID cancerId) {
		return current(records.findByCancerIdOrderBySequenceDesc(cancerId));
	}

	static Optional<StagingRecord> current(List<StagingRecord> newestFirst) {
		return newestFirst.stream().filter(StagingRecord::isCurrentCandidate).findFirst();
	}

	/** The cancer with its staging history, newest first; audited as a view of the patient's record. */
	public CancerRecord view(UUID cancerId) {
		CancerDiagnosis cancer = load(cancerId);
		audit.record(AuditAction.VIEW, cancer.patientId(), "cancer", cancerId, null);
		return new CancerRecord(cancer, records.findByCancerIdOrderBySequenceDesc(cancerId));
	}

	@Transactional(readOnly = true)
	public List<CancerDiagnosis> cancersOf(UUID patientId) {
		return cancers.findByPatientIdOrderByDiagnosisDateDesc(patientId);
	}

	CancerDiagnosis load(UUID id) {
		return cancers.findById(id).orElseThrow(() -> new NotFound("cancer", id));
	}

	private StagingRecord record(UUID cancerId, UUID recordId) {
		return records.findById(recordId)
			.filter(r -> r.cancerId().equals(cancerId))
			.orElseThrow(() -> new NotFound("staging", recordId));
	}

	private static int nextSequence(List<StagingRecord> newestFirst) {
		return newestFirst.isEmpty() ? 1 : newestFirst.get(0).sequence() + 1;
	}

	private static void requireSamePatient(CancerDiagnosis cancer, PathologyFindings findings) {
		if (!cancer.patientId().equals(findings.patientId())) {
			throw new InvalidInput("patientId", "staging.patient.mismatch");
		}
	}

	/** A cancer and its staging history, newest first. */
	public record CancerRecord(CancerDiagnosis cancer, List<StagingRecord> history) {
		public Optional<StagingRecord> current() {
			return CancerDiagnosisManagement.current(history);
		}
	}
}
