package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Department;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.identity.StaffNames;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;
import org.cutis.surveillance.plan.domain.PlannedVisit;
import org.cutis.surveillance.plan.domain.ResponsibleChange;
import org.cutis.surveillance.plan.domain.ResponsibleChanges;
import org.cutis.surveillance.plan.domain.ResponsibleDoctor;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.cutis.treatment.TreatmentCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's life: proposed when the cancer's treatment completes (or by hand) with the center's
 * default guideline and the responsible doctor, activated with the clinician's guideline, stage
 * (where indeterminate) and intervals, reassigned with a reason, suspended by a confirmed
 * recurrence and resumed when it is ruled out, replaced when the cancer is restaged or treated
 * again, and ended only with a reason.
 */
@Service
@Transactional
@EnableConfigurationProperties(SurveillanceProperties.class)
public class SurveillancePlanning {
	private static final Logger log = LoggerFactory.getLogger(SurveillancePlanning.class);
	private static final List<String> OPEN = List.of(SurveillancePlan.PROPOSED, SurveillancePlan.ACTIVE,
			SurveillancePlan.SUSPENDED);

	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final ResponsibleChanges changes;
	private final CancerDirectory cancers;
	private final StaffDirectory staff;
	private final VisitBooking booking;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;
	private final SurveillanceProperties properties;

	SurveillancePlanning(SurveillancePlans plans, SurveillanceVisits visits, ResponsibleChanges changes,
			CancerDirectory cancers, StaffDirectory staff, VisitBooking booking, CurrentUser currentUser, AuditLog audit,
			Clock clock, SurveillanceProperties properties) {
		this.plans = plans;
		this.visits = visits;
		this.changes = changes;
		this.cancers = cancers;
		this.staff = staff;
		this.booking = booking;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** The center's default guideline (cutis.surveillance.guideline). */
	public Guideline centerGuideline() {
		return guideline(properties.guideline(), "guideline");
	}

	// --- proposal

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
				: guideline(guidelineCode, "guideline");
		ResponsibleDoctor.Assignment assignment;
		if (responsible == null || responsible.isBlank()) {
			assignment = new ResponsibleDoctor.Assignment(null, null,
					Explanation.of("surveillance.responsible.byHandNone"));
		}
		else {
			StaffMember doctor = doctor(responsible, "responsible");
			assignment = new ResponsibleDoctor.Assignment(doctor.username(), firstDepartment(doctor),
					Explanation.of("surveillance.responsible.byHand"));
		}
		return propose(cancer, null, guideline, assignment, currentUser.username());
	}

	private SurveillancePlan propose(CancerSummary cancer, UUID treatmentPlanId, Guideline asked,
			ResponsibleDoctor.Assignment responsible, String by) {
		ScheduleBasis basis = ScheduleBasis.of(cancer.kind().code(), cancer.stage(), bwhT(cancer));
		Guideline guideline = asked;
		Explanation guidelineNote = null;
		if (!basis.indeterminate()) {
			Schedules.Option option = Schedules.option(asked, basis);
			if (!option.available() && asked != Guideline.NCCN) {
				guideline = Guideline.NCCN;
				guidelineNote = Explanation.of("surveillance.note.guidelineFallback", asked.code(), option.refusal());
			}
		}
		SurveillancePlan plan = SurveillancePlan.propose(cancer.patientId(), cancer.id(), treatmentPlanId, guideline,
				basis, cancer.stage(), guidelineNote, anchor(cancer), responsible, clock.instant());
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

	// --- activation

	/** What the clinician chose on the activation form; nulls take the proposal and the shorter ends. */
	public record Activation(String guideline, String stage, List<Integer> intervals, List<Integer> imagingIntervals,
			Long version) {
	}

	public SurveillancePlan activate(UUID planId, Activation choice) {
		SurveillancePlan plan = load(planId, choice.version());
		if (!SurveillancePlan.PROPOSED.equals(plan.status())) {
			throw new RefusedTransition("surveillance.error.status", new org.cutis.shared.Message(
					"surveillance.status." + plan.status()));
		}
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		if (plan.responsible() == null) {
			problems.add(new InvalidInput.FieldProblem("responsible", "surveillance.error.responsibleRequired"));
		}
		Guideline guideline = null;
		try {
			guideline = choice.guideline() == null || choice.guideline().isBlank() ? Guideline.valueOf(plan.guideline())
					: guideline(choice.guideline(), "guideline");
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
		}
		ScheduleBasis basis = plan.basis();
		if (basis.indeterminate()) {
			ScheduleBasis chosen = basis.chosen(choice.stage());
			if (chosen == null) {
				problems.add(new InvalidInput.FieldProblem("stage", "surveillance.error.stageRequired." + plan.diagnosis()
					.toLowerCase(Locale.ROOT), choice.stage() == null ? "-" : choice.stage()));
			}
			basis = chosen;
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Schedules.Option option = Schedules.option(guideline, basis);
		if (!option.available()) {
			throw new InvalidInput("guideline", "surveillance.error.guidelineUnavailable", guideline.code(),
					Problems.message(option.refusal()));
		}
		FollowUpSchedule schedule = option.finding().value();
		List<Integer> intervals = VisitCalendar.intervals(schedule.periods(), choice.intervals(), "intervals");
		List<Integer> imagingIntervals = VisitCalendar.intervals(
				org.cutis.rules.followup.FollowUpImaging.periods(schedule), choice.imagingIntervals(), "imagingIntervals");
		plan.activate(guideline, basis, intervals, properties.windowFraction(), schedule.imaging().code(),
				currentUser.username(), clock.instant());
		plans.save(plan);
		LocalDate today = LocalDate.now(clock);
		List<PlannedVisit> planned = VisitCalendar.generate(schedule, intervals, imagingIntervals, plan.anchorDate(),
				today, properties.windowFraction(), properties.lifelongYears());
		List<SurveillanceVisit> added = planned.stream().map(v -> SurveillanceVisit.of(plan.id(), plan.patientId(), v))
			.toList();
		booking.merge(plan, added);
		visits.saveAll(added);
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"activated " + guideline.code() + " stage " + plan.stage() + " intervals " + intervals + ": "
						+ added.size() + " visits");
		visits.flush();
		booking.bookNext(plan.patientId());
		return plan;
	}

	// --- responsible doctor

	public SurveillancePlan reassign(UUID planId, String responsible, String reason, Long version) {
		SurveillancePlan plan = load(planId, version);
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		StaffMember doctor = null;
		try {
			doctor = doctor(responsible, "responsible");
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidInput.FieldProblem("reason", "surveillance.error.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String before = plan.responsible();
		plan.reassign(doctor.username(), firstDepartment(doctor), reason);
		plans.save(plan);
		changes.save(new ResponsibleChange(plan.id(), before, doctor.username(), plan.responsibleReason(),
				currentUser.username(), clock.instant()));
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"responsible " + before + " → " + doctor.username() + ": " + plan.responsibleReason());
		return plan;
	}

	// --- leaving surveillance

	public SurveillancePlan end(UUID planId, String reason, String detail, Long version) {
		SurveillancePlan plan = load(planId, version);
		if ("completed".equals(reason) && visits.findByPlanIdOrderByDueOnAsc(planId).stream()
			.anyMatch(SurveillanceVisit::open)) {
			throw new InvalidInput("reason", "surveillance.error.visitsOpen");
		}
		plan.end(reason, detail, currentUser.username(), clock.instant());
		plans.save(plan);
		booking.cancelFuture(plan, "surveillance ended: " + reason);
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"ended: " + reason + (plan.endDetail() == null ? "" : " (" + plan.endDetail() + ")"));
		booking.bookNext(plan.patientId());
		return plan;
	}

	// --- restaging and recurrence

	/** The cancer's stage changed while its plan was active: a new plan is proposed for the new stage. */
	public void staged(CancerStaged event) {
		if (event.recurrence()) {
			return; // the recurrence suspends the plan (RecurrenceConfirmed); a new treatment replaces it
		}
		for (SurveillancePlan plan : plans.findByCancerIdAndStatusIn(event.cancerId(),
				List.of(SurveillancePlan.ACTIVE, SurveillancePlan.PROPOSED))) {
			if (java.util.Objects.equals(plan.cancerStage(), event.stage())) {
				continue;
			}
			CancerSummary cancer = cancers.find(event.cancerId()).orElseThrow();
			ResponsibleDoctor.Assignment same = new ResponsibleDoctor.Assignment(plan.responsible(),
					plan.responsibleDepartment() == null ? null : Department.fromCode(plan.responsibleDepartment()),
					Explanation.of("surveillance.responsible.carried"));
			propose(cancer, null, Guideline.valueOf(plan.guideline()), same,
					StaffNames.SYSTEM);
		}
	}

	public void recurrenceConfirmed(RecurrenceConfirmed event) {
		for (SurveillancePlan plan : plans.findByCancerIdAndStatusIn(event.cancerId(),
				List.of(SurveillancePlan.ACTIVE))) {
			plan.suspend("recurrence " + event.extent().code() + " detected " + event.detectedOn());
			plans.save(plan);
			booking.unbookFuture(plan, "surveillance suspended: recurrence confirmed");
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
					"suspended: " + plan.suspendedReason());
		}
	}

	public void recurrenceRuledOut(RecurrenceRuledOut event) {
		for (SurveillancePlan plan : plans.findByCancerIdAndStatusIn(event.cancerId(),
				List.of(SurveillancePlan.SUSPENDED))) {
			plan.resume();
			plans.save(plan);
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
					"resumed: recurrence ruled out");
			visits.flush();
			booking.bookNext(plan.patientId());
		}
	}

	private void replace(SurveillancePlan old, SurveillancePlan by, String who) {
		old.replace(by.id(), who, clock.instant());
		plans.save(old);
		booking.cancelFuture(old, "surveillance plan replaced");
		audit.record(who, null, AuditAction.UPDATE, old.patientId(), "surveillance-plan", old.id(),
				"replaced by " + by.id());
	}

	// --- reading

	public SurveillancePlan view(UUID planId) {
		SurveillancePlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("surveillance-plan", planId));
		audit.record(AuditAction.VIEW, plan.patientId(), "surveillance-plan", planId, null);
		return plan;
	}

	/** The plan without auditing (a page shown again after a refused form; the first view audited). */
	@Transactional(readOnly = true)
	public SurveillancePlan find(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFound("surveillance-plan", planId));
	}

	@Transactional(readOnly = true)
	public List<SurveillanceVisit> visitsOf(UUID planId) {
		return visits.findByPlanIdOrderByDueOnAsc(planId);
	}

	/** The patient's plans, oldest first (for the chart, which audits its own view). */
	@Transactional(readOnly = true)
	public List<SurveillancePlan> plansOf(UUID patientId) {
		return plans.findByPatientIdOrderByProposedAtAsc(patientId);
	}

	@Transactional(readOnly = true)
	public List<SurveillancePlan> plansOfCancer(UUID cancerId) {
		return plans.findByCancerIdOrderByProposedAtAsc(cancerId);
	}

	/** The combined calendar of all the patient's plans, soonest first. */
	@Transactional(readOnly = true)
	public List<SurveillanceVisit> calendarOf(UUID patientId) {
		return visits.findByPatientIdOrderByDueOnAsc(patientId);
	}

	@Transactional(readOnly = true)
	public List<ResponsibleChange> changesOf(UUID planId) {
		return changes.findByPlanIdOrderByChangedAtAsc(planId);
	}

	/** NCCN, CCA and SIGN side by side for the plan's stage (or the stage the clinician considers). */
	public Map<Guideline, Schedules.Option> sideBySide(SurveillancePlan plan, String stage) {
		ScheduleBasis basis = plan.basis();
		if (basis.indeterminate() && stage != null) {
			ScheduleBasis chosen = basis.chosen(stage);
			basis = chosen == null ? basis : chosen;
		}
		return Schedules.sideBySide(basis);
	}

	public Optional<Finding<FollowUpSchedule>> schedule(SurveillancePlan plan) {
		ScheduleBasis basis = plan.basis();
		if (basis.indeterminate()) {
			return Optional.empty();
		}
		Schedules.Option option = Schedules.option(Guideline.valueOf(plan.guideline()), basis);
		return Optional.ofNullable(option.finding());
	}

	// --- helpers

	private SurveillancePlan load(UUID id, Long version) {
		SurveillancePlan plan = plans.findById(id).orElseThrow(() -> new NotFound("surveillance-plan", id));
		if (version != null && version != plan.version()) {
			throw new ConcurrentEdit("surveillance-plan", Map.of());
		}
		return plan;
	}

	private StaffMember doctor(String username, String field) {
		if (username == null || username.isBlank()) {
			throw new InvalidInput(field, "surveillance.error.responsibleRequired");
		}
		StaffMember member = staff.find(username.trim()).orElse(null);
		if (member == null || !member.role().isClinician()) {
			throw new InvalidInput(field, "surveillance.error.notADoctor");
		}
		return member;
	}

	private static Department firstDepartment(StaffMember member) {
		return member.departments().stream().sorted().findFirst().orElse(null);
	}

	static Guideline guideline(String code, String field) {
		if (code != null) {
			for (Guideline g : Guideline.values()) {
				if (g.code().equalsIgnoreCase(code.trim())) {
					return g;
				}
			}
		}
		throw new InvalidInput(field, "surveillance.error.guideline", "NCCN, CCA, SIGN", code == null ? "-" : code);
	}
}
