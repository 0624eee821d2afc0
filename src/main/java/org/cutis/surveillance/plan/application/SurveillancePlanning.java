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
import org.cutis.identity.StaffNames;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.rules.common.Finding;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.surveillance.plan.domain.PlannedVisit;
import org.cutis.surveillance.plan.domain.ResponsibleChange;
import org.cutis.surveillance.plan.domain.ResponsibleChanges;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.cutis.surveillance.plan.domain.VisitCalendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's life after its proposal (PlanProposals): activated with the clinician's guideline,
 * stage (where indeterminate) and intervals, suspended by a confirmed recurrence and resumed when
 * it is ruled out, and ended only with a reason; reassignment is Reassignment's. Also reads plans
 * and calendars for the pages and the API.
 */
@Service
@Transactional
@EnableConfigurationProperties(SurveillanceProperties.class)
public class SurveillancePlanning {

	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final ResponsibleChanges changes;
	private final VisitBooking booking;
	private final VisitCancellation cancellation;
	private final CombinedCalendar calendar;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;
	private final SurveillanceProperties properties;

	SurveillancePlanning(SurveillancePlans plans, SurveillanceVisits visits, ResponsibleChanges changes,
			VisitBooking booking, VisitCancellation cancellation, CombinedCalendar calendar, CurrentUser currentUser,
			AuditLog audit, Clock clock, SurveillanceProperties properties) {
		this.plans = plans;
		this.visits = visits;
		this.changes = changes;
		this.booking = booking;
		this.cancellation = cancellation;
		this.calendar = calendar;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** The center's default guideline (cutis.surveillance.guideline). */
	public Guideline centerGuideline() {
		return guideline(properties.guideline(), "guideline");
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
		calendar.merge(plan, added);
		visits.saveAll(added);
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"activated " + guideline.code() + " stage " + plan.stage() + " intervals " + intervals + ": "
						+ added.size() + " visits");
		visits.flush();
		booking.bookNext(plan.patientId());
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
		cancellation.cancelFuture(plan, "surveillance ended: " + reason);
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"ended: " + reason + (plan.endDetail() == null ? "" : " (" + plan.endDetail() + ")"));
		booking.bookNext(plan.patientId());
		return plan;
	}

	// --- restaging and recurrence

	public void recurrenceConfirmed(RecurrenceConfirmed event) {
		for (SurveillancePlan plan : plans.findByCancerIdAndStatusIn(event.cancerId(),
				List.of(SurveillancePlan.ACTIVE))) {
			plan.suspend("recurrence " + event.extent().code() + " detected " + event.detectedOn());
			plans.save(plan);
			cancellation.unbookFuture(plan, "surveillance suspended: recurrence confirmed");
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

	/** The guideline a code names (NCCN, CCA, SIGN, any case), else an error naming {@code field}. */
	public static Guideline guideline(String code, String field) {
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
