package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Department;
import org.cutis.identity.StaffMember;
import org.cutis.identity.StaffNames;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;
import org.cutis.surveillance.plan.domain.ResponsibleDoctor;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.treatment.TreatmentCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's proposal: when the cancer's treatment completes (or by hand) with the center's default
 * guideline and the responsible doctor, and again for the new stage when the cancer is restaged;
 * a new proposal replaces the cancer's open plan (kept in history, its future visits cancelled).
 */
@Service
@Transactional
public class PlanProposals {
	private static final Logger log = LoggerFactory.getLogger(PlanProposals.class);
	static final List<String> OPEN = List.of(SurveillancePlan.PROPOSED, SurveillancePlan.ACTIVE,
			SurveillancePlan.SUSPENDED);

	private final SurveillancePlans plans;
	private final CancerDirectory cancers;
	private final ResponsibleDoctors doctors;
	private final VisitCancellation cancellation;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;
	private final SurveillanceProperties properties;

	PlanProposals(SurveillancePlans plans, CancerDirectory cancers, ResponsibleDoctors doctors,
			VisitCancellation cancellation, CurrentUser currentUser, AuditLog audit, Clock clock,
			SurveillanceProperties properties) {
		this.plans = plans;
		this.cancers = cancers;
		this.doctors = doctors;
		this.cancellation = cancellation;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A treatment plan completed: the cancer's surveillance plan is proposed (once per treatment
	 * plan); an open plan of the cancer (suspended for a recurrence, or proposed) is replaced by it.
	 */
	public Optional<SurveillancePlan> treatmentCompleted(TreatmentCompleted event) {
		if (event.planId() != null && plans.existsByTreatmentPlanId(event.planId())) {
			return Optional.empty();
		}
		Optional<CancerSummary> cancer = cancers.find(event.cancerId());
		if (cancer.isEmpty() || cancer.get().kind() == DiagnosisKind.OTHER) {
			log.info("no surveillance schedule for cancer {} (no rule for its diagnosis)", event.cancerId());
			return Optional.empty();
		}
		SurveillancePlan plan = propose(cancer.get(), event.planId(), centerGuideline(),
				ResponsibleDoctor.of(event.responsible()), StaffNames.SYSTEM);
		return Optional.of(plan);
	}

	/** By hand: the clinician proposes (e.g. a cancer treated elsewhere); an open plan must not exist. */
	public SurveillancePlan propose(UUID cancerId, String guidelineCode, String responsible, String reason) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		if (cancer.kind() == DiagnosisKind.OTHER) {
			throw new InvalidInput("cancerId", "surveillance.error.noSchedule");
		}
		if (!plans.findByCancerIdAndStatusIn(cancerId, OPEN).isEmpty()) {
			throw new RefusedTransition("surveillance.error.openPlanExists");
		}
		Guideline guideline = guidelineCode == null || guidelineCode.isBlank() ? centerGuideline()
				: SurveillancePlanning.guideline(guidelineCode, "guideline");
		ResponsibleDoctor.Assignment assignment;
		if (responsible == null || responsible.isBlank()) {
			assignment = new ResponsibleDoctor.Assignment(null, null,
					Explanation.of("surveillance.responsible.byHandNone"));
		}
		else {
			StaffMember doctor = doctors.doctor(responsible, "responsible");
			assignment = new ResponsibleDoctor.Assignment(doctor.username(), ResponsibleDoctors.firstDepartment(doctor),
					Explanation.of("surveillance.responsible.byHand"));
		}
		return propose(cancer, null, guideline, assignment, currentUser.username());
	}

	/** The cancer's stage changed while its plan was active: a new plan is proposed for the new stage. */
	public void staged(CancerStaged event) {
		if (event.recurrence()) {
			return; // the recurrence suspends the plan (RecurrenceConfirmed); a new treatment replaces it
		}
		for (SurveillancePlan plan : plans.findByCancerIdAndStatusIn(event.cancerId(),
				List.of(SurveillancePlan.ACTIVE, SurveillancePlan.PROPOSED))) {
			if (Objects.equals(plan.cancerStage(), event.stage())) {
				continue;
			}
			CancerSummary cancer = cancers.find(event.cancerId()).orElseThrow();
			ResponsibleDoctor.Assignment same = new ResponsibleDoctor.Assignment(plan.responsible(),
					plan.responsibleDepartment() == null ? null : Department.fromCode(plan.responsibleDepartment()),
					Explanation.of("surveillance.responsible.carried"));
			propose(cancer, null, Guideline.valueOf(plan.guideline()), same, StaffNames.SYSTEM);
		}
	}

	private Guideline centerGuideline() {
		return SurveillancePlanning.guideline(properties.guideline(), "guideline");
	}

	private SurveillancePlan propose(CancerSummary cancer, UUID treatmentPlanId, Guideline asked,
			ResponsibleDoctor.Assignment responsible, String by) {
		ScheduleBasis basis = ScheduleBasis.of(cancer.kind().code(), cancer.stage(), bwhT(cancer));
		Schedules.Proposed proposed = Schedules.propose(asked, basis);
		SurveillancePlan plan = SurveillancePlan.propose(cancer.patientId(), cancer.id(), treatmentPlanId,
				proposed.guideline(), basis, cancer.stage(), proposed.fallbackNote(), anchor(cancer), responsible,
				clock.instant());
		plans.save(plan);
		for (SurveillancePlan old : plans.findByCancerIdAndStatusIn(cancer.id(), OPEN)) {
			if (!old.id().equals(plan.id())) {
				replace(old, plan, by);
			}
		}
		audit.record(by, null, AuditAction.CREATE, plan.patientId(), "surveillance-plan", plan.id(),
				"proposed " + plan.guideline() + " " + plan.diagnosis() + " stage " + plan.stage() + ", responsible "
						+ plan.responsible());
		return plan;
	}

	private void replace(SurveillancePlan old, SurveillancePlan by, String who) {
		old.replace(by.id(), who, clock.instant());
		plans.save(old);
		cancellation.cancelFuture(old, "surveillance plan replaced");
		audit.record(who, null, AuditAction.UPDATE, old.patientId(), "surveillance-plan", old.id(),
				"replaced by " + by.id());
	}

	private static LocalDate anchor(CancerSummary cancer) {
		return cancer.diagnosisDate();
	}

	/** BWH T of a cSCC from the staging line's parts. */
	private static String bwhT(CancerSummary cancer) {
		return cancer.stagingParts() == null ? null : cancer.stagingParts().stream()
			.filter(p -> p.code().equals("staging.line.bwh") && !p.args().isEmpty())
			.map(p -> String.valueOf(p.args().get(0)))
			.findFirst().orElse(null);
	}
}
