package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentChanged;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.identity.StaffNames;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.cutis.surveillance.plan.domain.VisitCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's appointment changes move the visit they book: seen → done (the next visit booked,
 * the lifelong skin checks extended when they run out), no-show → missed (the appointment is kept),
 * cancelled → planned again; a follow-up booked at the desk for a missed visit takes its place.
 */
@Service
@Transactional
class AppointmentFollowing {
	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final VisitBooking booking;
	private final LifelongSkinChecks skinChecks;
	private final AuditLog audit;
	private final Clock clock;

	AppointmentFollowing(SurveillancePlans plans, SurveillanceVisits visits, VisitBooking booking,
			LifelongSkinChecks skinChecks, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.visits = visits;
		this.booking = booking;
		this.skinChecks = skinChecks;
		this.audit = audit;
		this.clock = clock;
	}

	/** The clinic moved an appointment: follow it on the visit it books. */
	void changed(AppointmentChanged event) {
		Optional<SurveillanceVisit> found = visits.findFirstByAppointmentId(event.appointmentId());
		if (found.isEmpty()) {
			if (event.status() == AppointmentStatus.BOOKED && event.kind() == AppointmentKind.FOLLOW_UP) {
				rebookedAtTheDesk(event);
			}
			return;
		}
		SurveillanceVisit visit = found.get();
		switch (event.status()) {
			case SEEN -> {
				if (SurveillanceVisit.DONE.equals(visit.status())) {
					return;
				}
				visit.done(event.start().atZone(clock.getZone()).toLocalDate(), null);
				visits.save(visit);
				audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, visit.patientId(), "surveillance-visit",
						visit.id(), "done on " + visit.doneOn());
				booking.bookNext(visit.patientId());
				skinChecks.extendFor(visit.patientId());
			}
			case NO_SHOW -> {
				if (SurveillanceVisit.BOOKED.equals(visit.status())) {
					visit.missed();
					visits.save(visit);
					audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, visit.patientId(), "surveillance-visit",
							visit.id(), "missed (no-show)");
				}
			}
			case CANCELLED -> {
				if (SurveillanceVisit.BOOKED.equals(visit.status()) || SurveillanceVisit.MISSED.equals(visit.status())) {
					visit.unbooked();
					visits.save(visit);
					audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, visit.patientId(), "surveillance-visit",
							visit.id(), "appointment cancelled: planned again");
				}
			}
			default -> {
				// booked and arrived change nothing on the calendar
			}
		}
	}

	/**
	 * A follow-up booked by hand (the recall nurse at the clinic list) for a patient whose visit was
	 * missed, or is due and not booked: the earliest missed or planned clinic visit of an active plan
	 * whose window holds the day takes it, so the plan follows it (seen → done, the next visit booked);
	 * otherwise the patient would be seen and the visit still wait, later listed as overdue (the recall
	 * simulation found it). Outside every window nothing is linked automatically: that needs the
	 * reason, given where the visit is linked by hand.
	 */
	private void rebookedAtTheDesk(AppointmentChanged event) {
		LocalDate day = event.start().atZone(clock.getZone()).toLocalDate();
		visits.findByPatientIdOrderByDueOnAsc(event.patientId())
			.stream()
			.filter(v -> (SurveillanceVisit.MISSED.equals(v.status()) || SurveillanceVisit.PLANNED.equals(v.status()))
					&& !VisitCalendar.IMAGING.equals(v.kind()))
			.filter(v -> v.inWindow(day))
			.filter(v -> plans.findById(v.planId()).filter(p -> SurveillancePlan.ACTIVE.equals(p.status())).isPresent())
			.findFirst()
			.ifPresent(visit -> {
				visit.booked(event.appointmentId(), day, null);
				visits.save(visit);
				audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, visit.patientId(), "surveillance-visit",
						visit.id(), "booked at the desk: appointment " + event.appointmentId());
			});
	}
}
