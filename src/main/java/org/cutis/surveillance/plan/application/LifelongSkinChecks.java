package org.cutis.surveillance.plan.application;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.StaffNames;
import org.cutis.rules.followup.FollowUpPeriod;
import org.cutis.rules.followup.Guideline;
import org.cutis.surveillance.plan.domain.LifelongChecks;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.cutis.surveillance.plan.domain.VisitCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the lifelong annual skin checks written ahead: when a visit is done and every night, an
 * active plan whose checks have run out gets the next cutis.surveillance.lifelong-years of them
 * (LifelongChecks), merged with the patient's other plans' visits within the merge window, and the
 * next one booked. The plan's row is locked while its calendar is extended, so the night and a
 * visit done at the same moment never write the same check twice.
 */
@Service
@Transactional
public class LifelongSkinChecks {
	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final CombinedCalendar calendar;
	private final VisitBooking booking;
	private final AuditLog audit;
	private final Clock clock;
	private final SurveillanceProperties properties;

	LifelongSkinChecks(SurveillancePlans plans, SurveillanceVisits visits, CombinedCalendar calendar,
			VisitBooking booking, AuditLog audit, Clock clock, SurveillanceProperties properties) {
		this.plans = plans;
		this.visits = visits;
		this.calendar = calendar;
		this.booking = booking;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** The active plans, for the nightly run (each plan then extended in its own transaction). */
	@Transactional(readOnly = true)
	public List<UUID> activePlans() {
		return plans.findByStatus(SurveillancePlan.ACTIVE).stream().map(SurveillancePlan::id).toList();
	}

	/** Extends every active plan of the patient whose checks ran out; books the next visit. */
	public int extendFor(UUID patientId) {
		int added = 0;
		for (SurveillancePlan plan : plans.findByPatientIdOrderByProposedAtAsc(patientId)) {
			if (SurveillancePlan.ACTIVE.equals(plan.status())) {
				added += write(plan.id());
			}
		}
		if (added > 0) {
			visits.flush();
			booking.bookNext(patientId);
		}
		return added;
	}

	/** Extends the plan when its checks ran out; returns how many checks were written. */
	public int extend(UUID planId) {
		int added = write(planId);
		if (added > 0) {
			visits.flush();
			booking.bookNext(plans.findById(planId).orElseThrow().patientId());
		}
		return added;
	}

	private int write(UUID planId) {
		SurveillancePlan plan = plans.findLockedById(planId).orElse(null);
		if (plan == null || !SurveillancePlan.ACTIVE.equals(plan.status()) || plan.basis().indeterminate()) {
			return 0;
		}
		Schedules.Option option = Schedules.option(Guideline.valueOf(plan.guideline()), plan.basis());
		if (!option.available()) {
			return 0;
		}
		List<FollowUpPeriod> periods = option.finding().value().periods();
		FollowUpPeriod lifelong = LifelongChecks.lifelongPeriod(periods);
		List<Integer> intervals = plan.intervalList();
		if (lifelong == null || intervals.size() != periods.size()) {
			return 0;
		}
		int months = intervals.get(intervals.size() - 1);
		LocalDate today = LocalDate.now(clock);
		LocalDate last = visits.findByPlanIdOrderByDueOnAsc(planId).stream()
			.filter(v -> VisitCalendar.SKIN_CHECK.equals(v.kind()))
			.map(SurveillanceVisit::dueOn)
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (last == null || !LifelongChecks.runOut(last, months, today)) {
			return 0;
		}
		double fraction = plan.windowFraction() != null ? plan.windowFraction() : properties.windowFraction();
		List<SurveillanceVisit> added = LifelongChecks.after(last, months, today, fraction, properties.lifelongYears())
			.stream()
			.map(v -> SurveillanceVisit.of(plan.id(), plan.patientId(), v))
			.toList();
		calendar.merge(plan, added);
		visits.saveAll(added);
		audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"lifelong skin checks extended: " + added.size() + " from " + added.get(0).dueOn() + " to "
						+ added.get(added.size() - 1).dueOn());
		return added.size();
	}
}
