package org.cutis.treatment.plan.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.FirstTreatmentDates;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.tumorboard.SignedRecommendations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timings of a plan and the treatment summary of a completed one, composed when asked for. */
@Service
@Transactional(readOnly = true)
public class TreatmentSummaries {
	private final TreatmentPlanning planning;
	private final CancerDirectory cancers;
	private final SignedRecommendations board;
	private final FirstTreatmentDates firstTreatments;
	private final ObjectProvider<TreatmentContributor> contributors;
	private final Completions completions;
	private final AuditLog audit;

	TreatmentSummaries(TreatmentPlanning planning, CancerDirectory cancers, SignedRecommendations board,
			FirstTreatmentDates firstTreatments, ObjectProvider<TreatmentContributor> contributors,
			Completions completions, AuditLog audit) {
		this.planning = planning;
		this.cancers = cancers;
		this.board = board;
		this.firstTreatments = firstTreatments;
		this.contributors = contributors;
		this.completions = completions;
		this.audit = audit;
	}

	public Timings timings(TreatmentPlan plan) {
		CancerSummary cancer = cancers.find(plan.cancerId()).orElse(null);
		return Timings.of(cancer == null ? null : cancer.diagnosisDate(), discussedOn(plan),
				firstTreatments.firstTreatmentOf(plan.cancerId()).orElse(null));
	}

	/** The summary of this plan, when it is completed. */
	public Optional<TreatmentSummary> of(TreatmentPlan plan) {
		if (!plan.isCompleted()) {
			return Optional.empty();
		}
		CancerSummary cancer = cancers.find(plan.cancerId()).orElseThrow(() -> new NotFound("cancer", plan.cancerId()));
		return Optional.of(new TreatmentSummary(plan, cancer, recorded(plan.cancerId()), completions.responsible(plan),
				timings(plan)));
	}

	/** The summary of the cancer's latest completed plan, audited as exported (the PDF). */
	@Transactional
	public TreatmentSummary export(UUID cancerId) {
		TreatmentPlan plan = planning.plansOf(cancerId)
			.stream()
			.filter(TreatmentPlan::isCompleted)
			.findFirst()
			.orElseThrow(() -> planning.plansOf(cancerId).isEmpty() ? new NotFound("treatment-plan", cancerId)
					: new RefusedTransition("treatment.summary.notCompleted"));
		TreatmentSummary summary = of(plan).orElseThrow();
		audit.record(AuditAction.EXPORT, plan.patientId(), "treatment-summary", plan.id(), "PDF");
		return summary;
	}

	/** What the treating modules recorded for the cancer, in the order it was given. */
	public List<TreatmentEntry> recorded(UUID cancerId) {
		return contributors.orderedStream()
			.flatMap(c -> c.treatmentsOf(cancerId).stream())
			.sorted(Comparator.comparing(TreatmentEntry::startedOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private java.time.LocalDate discussedOn(TreatmentPlan plan) {
		return plan.boardDiscussedOn() != null ? plan.boardDiscussedOn()
				: board.firstDiscussedOn(plan.cancerId()).orElse(null);
	}
}
