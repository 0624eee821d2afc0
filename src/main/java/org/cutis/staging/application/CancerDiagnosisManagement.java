package org.cutis.staging.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.LinkedLesions;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.ClinicalFindings;
import org.cutis.staging.domain.Evidence;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecord.Occasion;
import org.cutis.staging.domain.StagingRecords;
import org.cutis.staging.domain.WorkupFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancer diagnoses from signed pathology and their staging: evidence added (never replaced),
 * restaged, accepted or overridden (the override carried forward while it still applies).
 * Tumour facts come only from signed pathology and recorded work-up results; clinicians override
 * a stage with a reason, never the facts. Every change is audited; a stage that becomes current
 * and every change of facts are published for the tumor board. The recomputing itself is
 * {@link Restaging}'s.
 */
@Service
@Transactional
public class CancerDiagnosisManagement {
	private static final Logger log = LoggerFactory.getLogger(CancerDiagnosisManagement.class);

	private final CancerDiagnoses cancers;
	private final StagingRecords records;
	private final WorkupPlanner workup;
	private final Restaging restaging;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ObjectProvider<LinkedLesions> linked;
	private final jakarta.persistence.EntityManager entityManager;

	CancerDiagnosisManagement(CancerDiagnoses cancers, StagingRecords records, WorkupPlanner workup,
			Restaging restaging, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<LinkedLesions> linked, jakarta.persistence.EntityManager entityManager) {
		this.restaging = restaging;
		this.linked = linked;
		this.entityManager = entityManager;
		this.cancers = cancers;
		this.records = records;
		this.workup = workup;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** A signed report (or a structured correction of one) as evidence for the cancer it belongs to. */
	public record SignedEvidence(UUID patientId, UUID lesionId, CancerDiagnosis.Primary primary,
			Evidence.Source source, TumourFacts facts, boolean correction) {
	}

	/**
	 * Opens the cancer of a malignant report's lesion, or adds the report to the cancer it belongs
	 * to (the lesion's, or for a metastasis the primary it names) and restages. Idempotent per
	 * report version: the same report twice changes nothing. A benign report of a lesion without a
	 * cancer concerns no cancer and returns empty.
	 */
	public Optional<CancerDiagnosis> recordEvidence(SignedEvidence in) {
		cancers.lockCancersOf(in.patientId());
		Optional<CancerDiagnosis> existing = in.facts().metastasis() != null
				? cancers.findById(in.facts().metastasis().cancerId())
				: cancers.findByLesionId(in.lesionId()).or(() -> linkedCancer(in));
		if (existing.isEmpty()) {
			if (!in.facts().opensCancer() || in.facts().metastasis() != null) {
				if (in.facts().metastasis() != null) {
					log.warn("Metastasis report {} names cancer {} which does not exist; not staged",
							in.source().reportId(), in.facts().metastasis().cancerId());
				}
				return Optional.empty();
			}
			CancerDiagnosis cancer = cancers.save(new CancerDiagnosis(in.primary(), in.source(), in.facts(),
					currentUser.username(), clock.instant()));
			audit.record(AuditAction.CREATE, cancer.patientId(), "cancer", cancer.id(),
					cancer.kind().code() + " from report " + in.source().reportId());
			restage(cancer, Occasion.DIAGNOSIS, false);
			return Optional.of(cancer);
		}
		CancerDiagnosis cancer = existing.get();
		if (!cancer.patientId().equals(in.patientId())) {
			log.warn("Report {} of patient {} names cancer {} of another patient; not staged", in.source().reportId(),
					in.patientId(), cancer.id());
			return Optional.empty();
		}
		List<String> changes = cancer.add(in.source(), in.facts(), clock.instant());
		if (changes.isEmpty()) {
			return Optional.of(cancer);
		}
		audit.record(AuditAction.UPDATE, cancer.patientId(), "cancer", cancer.id(),
				"evidence from report " + in.source().reportId() + ": " + String.join("; ", changes));
		restage(cancer, in.correction() ? Occasion.AMENDMENT : Occasion.SPECIMEN, false);
		events.publishEvent(new CancerFactsChanged(cancer.id(), cancer.patientId(),
				in.correction() ? "addendum" : "specimen", changes, clock.instant()));
		return Optional.of(cancer);
	}

	/**
	 * The cancer a re-biopsied lesion was linked to (recurrence: a new lesion when relapse was
	 * suspected), when the report is of purpose recurrence and of that cancer's kind (a melanoma of a
	 * melanoma); another kind is a new primary and opens its own cancer.
	 */
	private Optional<CancerDiagnosis> linkedCancer(SignedEvidence in) {
		if (in.facts().role() != SpecimenRole.RECURRENCE) {
			return Optional.empty();
		}
		return linked.orderedStream()
			.map(l -> l.cancerOf(in.lesionId(), in.patientId()))
			.flatMap(Optional::stream)
			.findFirst()
			.flatMap(cancers::findById)
			.filter(c -> c.kind() == org.cutis.staging.DiagnosisKind.of(in.facts().diagnosis()));
	}

	/** A discordant (or no longer discordant) correlation of a report of this lesion's cancer. */
	public void recordCorrelation(UUID patientId, UUID lesionId, boolean discordant) {
		cancers.lockCancersOf(patientId);
		cancers.findByLesionId(lesionId).ifPresent(cancer -> {
			if (cancer.markDiscordant(discordant)) {
				audit.record(AuditAction.UPDATE, cancer.patientId(), "cancer", cancer.id(),
						discordant ? "correlation discordant" : "correlation concordant");
				events.publishEvent(new CancerFactsChanged(cancer.id(), cancer.patientId(), "correlation",
						List.of("correlation: " + (discordant ? "discordant" : "concordant")), clock.instant()));
			}
		});
	}

	/** The clinician's findings (borders, recurrence, prior radiotherapy, immune status) restage the cancer. */
	public StagingRecord recordClinicalFindings(UUID cancerId, ClinicalFindings findings) {
		CancerDiagnosis cancer = load(cancerId);
		List<String> changes = cancer.record(findings, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, cancer.patientId(), "cancer", cancerId,
				"clinical findings: " + String.join("; ", changes));
		StagingRecord record = restage(cancer, Occasion.CLINICAL_FINDINGS, false);
		events.publishEvent(new CancerFactsChanged(cancer.id(), cancer.patientId(), "clinical-findings", changes,
				clock.instant()));
		return record;
	}

	public StagingRecord accept(UUID cancerId, UUID recordId) {
		CancerDiagnosis cancer = load(cancerId);
		StagingRecord record = record(cancerId, recordId);
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancerId);
		if (record.status() == StagingRecord.Status.PENDING_CONFIRMATION && history.get(0) != record) {
			throw new RefusedTransition("staging.record.replaced");
		}
		Optional<StagingRecord> before = current(history);
		StageComputation previous = before.map(StagingRecord::computation).orElse(null);
		boolean wasPending = record.status() == StagingRecord.Status.PENDING_CONFIRMATION;
		record.accept(currentUser.username(), clock.instant());
		if (wasPending) {
			before.ifPresent(record::carryOverrideFrom);
		}
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(), "accepted " + record.effectiveStage());
		restaging.publish(cancer, record, previous == null ? List.of() : record.computation().changesFrom(previous));
		workup.propose(cancer, record.computation());
		return record;
	}

	/** Overrides the current stage with a reason; the computed stage stays beside it. */
	public StagingRecord override(UUID cancerId, String stage, String reason) {
		CancerDiagnosis cancer = load(cancerId);
		StagingRecord record = current(cancerId).orElseThrow(() -> new RefusedTransition("staging.record.none"));
		String before = record.effectiveStage();
		record.override(stage, reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(),
				"override " + record.computation().headlineStage() + " -> " + stage + ": " + reason);
		restaging.publish(cancer, record, List.of("override: " + (before == null ? "-" : before) + " → " + record.effectiveStage()));
		return record;
	}

	/** The clinician withdraws an override (current or kept for review): the computed stage stands. */
	public StagingRecord withdrawOverride(UUID cancerId) {
		CancerDiagnosis cancer = load(cancerId);
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancerId);
		StagingRecord current = current(history).orElseThrow(() -> new RefusedTransition("staging.record.none"));
		String before = current.effectiveStage();
		history.forEach(StagingRecord::replace);
		StagingRecord next = records.save(StagingRecord.withoutOverride(current, Restaging.nextSequence(history),
				currentUser.username(), clock.instant()));
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", next.id(), "override withdrawn");
		restaging.publish(cancer, next, List.of("override withdrawn: " + before + " → " + next.effectiveStage()));
		return next;
	}

	/** Restaging at recurrence: a new record that the tumor board's recurrence rule reads. */
	public StagingRecord recordRecurrence(UUID cancerId) {
		// a re-biopsy's report may be adding its evidence at the same moment (module recurrence): lock the
		// patient's cancers before reading this one, so the restaging counts what that report committed
		cancers.lockCancersOf(cancers.findPatientIdById(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId)));
		CancerDiagnosis cancer = load(cancerId);
		// the caller's transaction may have read the cancer before the lock: read it again, with its evidence
		entityManager.refresh(cancer);
		StagingRecord record = restage(cancer, Occasion.RECURRENCE, false);
		audit.record(AuditAction.UPDATE, cancer.patientId(), "staging", record.id(), "recurrence");
		return record;
	}

	/** Recomputed with the work-up results so far ({@link Restaging#afterWorkup}). */
	StagingRecord restageAfterWorkup(CancerDiagnosis cancer, WorkupFacts facts, String result) {
		return restaging.afterWorkup(cancer, facts, result);
	}

	private StagingRecord restage(CancerDiagnosis cancer, Occasion occasion, boolean needsConfirmation) {
		return restaging.restage(cancer, occasion, needsConfirmation);
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

	/** A patient's cancers; the look is audited as a list that showed this patient. */
	public List<CancerDiagnosis> cancersOf(UUID patientId) {
		audit.listed("cancers-of-patient", null, List.of(patientId));
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

	/** A cancer and its staging history, newest first. */
	public record CancerRecord(CancerDiagnosis cancer, List<StagingRecord> history) {
		public Optional<StagingRecord> current() {
			return CancerDiagnosisManagement.current(history);
		}
	}
}
