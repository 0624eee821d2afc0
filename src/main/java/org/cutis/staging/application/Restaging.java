package org.cutis.staging.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecord.Occasion;
import org.cutis.staging.domain.StagingRecords;
import org.cutis.staging.domain.WorkupFacts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A cancer's stage computed again from its facts and work-up: a new staging record that replaces
 * the history before it (an override carried forward while it still applies), published for
 * search and the tumor board when it becomes current, and the work-up it calls for proposed.
 * {@link CancerDiagnosisManagement} restages on every change it records.
 */
@Component
class Restaging {
	private final StagingRecords records;
	private final WorkupPlanner workup;
	private final StagingCalculator calculator = new StagingCalculator();
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CancerSearchDocuments search;

	Restaging(StagingRecords records, WorkupPlanner workup, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock, CancerSearchDocuments search) {
		this.records = records;
		this.workup = workup;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
		this.search = search;
	}

	/**
	 * The record of this occasion; one that {@code needsConfirmation} waits for the clinician, so it
	 * neither carries the override forward nor is published.
	 */
	StagingRecord restage(CancerDiagnosis cancer, Occasion occasion, boolean needsConfirmation) {
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancer.id());
		StageComputation now = calculator.compute(cancer.kind(), cancer.tumour(), cancer.combined(),
				workup.factsOf(cancer.id()));
		Optional<StagingRecord> before = CancerDiagnosisManagement.current(history);
		List<String> changes = before.map(r -> now.changesFrom(r.computation())).orElse(List.of());
		history.forEach(StagingRecord::replace);
		StagingRecord record = new StagingRecord(cancer.id(), nextSequence(history), occasion, now, changes,
				needsConfirmation, currentUser.username(), clock.instant());
		if (!needsConfirmation) {
			before.ifPresent(record::carryOverrideFrom);
		}
		records.save(record);
		if (!needsConfirmation) {
			publish(cancer, record, changes);
			workup.propose(cancer, now);
		}
		return record;
	}

	/** A new current stage: for the search document and for the tumor board. */
	void publish(CancerDiagnosis cancer, StagingRecord record, List<String> changes) {
		// every new current stage passes here: the search document follows it in this transaction
		search.changed(cancer.id());
		StageComputation c = record.computation();
		String t = c.pathologicalT() != null ? c.pathologicalT() : c.clinicalT();
		events.publishEvent(new CancerStaged(cancer.id(), cancer.patientId(), cancer.lesionId(), record.id(),
				cancer.kind(), cancer.diagnosis(), cancer.diagnosisDate(), record.effectiveStage(), c.clinicalStage(),
				c.pathologicalStage(), t, c.bwhT(), cancer.inSitu(),
				record.occasion() == Occasion.RECURRENCE || cancer.clinicalFindings().recurrent(), cancer.discordant(),
				changes));
	}

	/**
	 * Recomputes with the work-up results so far. A change of N, M or the stage waits for the
	 * clinician's confirmation; no change adds nothing. Either way the board hears the facts changed.
	 */
	StagingRecord afterWorkup(CancerDiagnosis cancer, WorkupFacts facts, String result) {
		StageComputation now = calculator.compute(cancer.kind(), cancer.tumour(), cancer.combined(), facts);
		List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancer.id());
		StageComputation before = CancerDiagnosisManagement.current(history)
			.map(StagingRecord::computation)
			.orElse(null);
		List<String> changes = before == null ? List.of() : now.changesFrom(before);
		events.publishEvent(new CancerFactsChanged(cancer.id(), cancer.patientId(), "workup-result",
				changes.isEmpty() ? List.of(result) : changes, clock.instant()));
		if (before != null && changes.isEmpty()) {
			history.stream()
				.filter(r -> r.status() == StagingRecord.Status.PENDING_CONFIRMATION)
				.forEach(StagingRecord::replace);
			return null;
		}
		history.forEach(StagingRecord::replace);
		StagingRecord record = records.save(new StagingRecord(cancer.id(), nextSequence(history), Occasion.WORKUP, now,
				changes, true, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, cancer.patientId(), "staging", record.id(), "proposed: " + record.changes());
		return record;
	}

	static int nextSequence(List<StagingRecord> newestFirst) {
		return newestFirst.isEmpty() ? 1 : newestFirst.get(0).sequence() + 1;
	}
}
