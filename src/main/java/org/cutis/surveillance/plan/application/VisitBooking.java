package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentChanged;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.StaffNames;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.surveillance.plan.domain.Merging;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The combined calendar's bookings: the next due clinic visit of each active plan is booked into
 * its responsible doctor's sessions (clinic.Appointments.bookFirstFree, kind follow-up, inside the
 * visit's due window) on activation and when a visit is done; with no free slot the visit stays
 * planned and the recall worklist shows it. Imaging is ordered, not booked into clinic sessions.
 * Appointment changes move the visit: seen → done, no-show → missed (the appointment is kept),
 * cancelled → planned again. Also used by the recall worklist (same module) to book or link a visit.
 */
@Service
@Transactional
public class VisitBooking {
	/** The appointment's reason as the clinic list shows it (the center works in Korean). */
	static final String APPOINTMENT_REASON = "추적 관찰 방문";
	private static final Logger log = LoggerFactory.getLogger(VisitBooking.class);

	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final ObjectProvider<Appointments> appointments;
	private final AuditLog audit;
	private final Clock clock;
	private final SurveillanceProperties properties;

	VisitBooking(SurveillancePlans plans, SurveillanceVisits visits, ObjectProvider<Appointments> appointments,
			AuditLog audit, Clock clock, SurveillanceProperties properties) {
		this.plans = plans;
		this.visits = visits;
		this.appointments = appointments;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/** Books the next due clinic visit of each active plan of the patient that has none booked. */
	public void bookNext(UUID patientId) {
		LocalDate today = LocalDate.now(clock);
		List<SurveillanceVisit> all = visits.findByPatientIdOrderByDueOnAsc(patientId);
		for (SurveillancePlan plan : plans.findByPatientIdOrderByProposedAtAsc(patientId)) {
			if (!SurveillancePlan.ACTIVE.equals(plan.status()) || plan.responsible() == null) {
				continue;
			}
			List<SurveillanceVisit> own = all.stream().filter(v -> v.planId().equals(plan.id()))
				.filter(v -> !VisitCalendar.IMAGING.equals(v.kind())).toList();
			if (own.stream().anyMatch(v -> SurveillanceVisit.BOOKED.equals(v.status()))) {
				continue;
			}
			own.stream()
				.filter(v -> SurveillanceVisit.PLANNED.equals(v.status()) && !v.dueTo().isBefore(today))
				.min(Comparator.comparing(SurveillanceVisit::dueOn))
				.ifPresent(next -> book(plan, next, today));
		}
	}

	/** Books the visit into the first free slot of its window; empty (still planned) when none is free. */
	public Optional<AppointmentSummary> book(UUID visitId) {
		SurveillanceVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		SurveillancePlan plan = plans.findById(visit.planId()).orElseThrow();
		if (!SurveillanceVisit.PLANNED.equals(visit.status()) && !SurveillanceVisit.MISSED.equals(visit.status())) {
			throw new InvalidInput("visit", "surveillance.error.visitNotOpen");
		}
		if (plan.responsible() == null) {
			throw new InvalidInput("responsible", "surveillance.error.responsibleRequired");
		}
		return book(plan, visit, LocalDate.now(clock));
	}

	private Optional<AppointmentSummary> book(SurveillancePlan plan, SurveillanceVisit visit, LocalDate today) {
		Appointments clinic = appointments.getIfAvailable();
		if (clinic == null) {
			return Optional.empty();
		}
		LocalDate from = visit.dueFrom().isBefore(today) ? today : visit.dueFrom();
		Optional<AppointmentSummary> booked;
		try {
			booked = clinic.bookFirstFree(plan.patientId(), plan.responsible(), from, visit.dueTo(),
					AppointmentKind.FOLLOW_UP, APPOINTMENT_REASON);
		}
		catch (InvalidInput refused) {
			// e.g. the doctor left: the visit stays planned and goes on the recall list
			log.info("surveillance visit {} not booked: {}", visit.id(), refused.problems());
			return Optional.empty();
		}
		booked.ifPresent(a -> {
			visit.booked(a.id(), day(a), null);
			visits.save(visit);
			audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, plan.patientId(), "surveillance-visit",
					visit.id(), "booked " + a.id() + " with " + plan.responsible() + " on " + day(a));
		});
		return booked;
	}

	/**
	 * Links an appointment booked by hand (the recall nurse, the clinic) to the visit; outside the
	 * due window only with the reason.
	 */
	public SurveillanceVisit attach(UUID visitId, UUID appointmentId, String reason) {
		SurveillanceVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		if (!visit.open()) {
			throw new InvalidInput("visit", "surveillance.error.visitNotOpen");
		}
		Appointments clinic = appointments.getIfAvailable();
		AppointmentSummary a = clinic == null ? null : clinic.find(appointmentId).orElse(null);
		if (a == null || !a.patientId().equals(visit.patientId()) || !a.status().open()) {
			throw new InvalidInput("appointmentId", "surveillance.error.appointment");
		}
		visit.booked(a.id(), day(a), reason);
		visits.save(visit);
		audit.record(AuditAction.UPDATE, visit.patientId(), "surveillance-visit", visit.id(),
				"linked to appointment " + a.id() + (visit.outsideWindowReason() == null ? "" : " outside its window: "
						+ visit.outsideWindowReason()));
		return visit;
	}

	/** The reason of a visit done outside its window, given afterwards. */
	public SurveillanceVisit explain(UUID visitId, String reason) {
		SurveillanceVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		visit.explainOutsideWindow(reason);
		visits.save(visit);
		audit.record(AuditAction.UPDATE, visit.patientId(), "surveillance-visit", visit.id(),
				"outside its window: " + visit.outsideWindowReason());
		return visit;
	}

	/** The clinic moved an appointment: follow it on the visit it books. */
	public void changed(AppointmentChanged event) {
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
				visit.done(event.start().atZone(zone()).toLocalDate(), null);
				visits.save(visit);
				audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, visit.patientId(), "surveillance-visit",
						visit.id(), "done on " + visit.doneOn());
				bookNext(visit.patientId());
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
		LocalDate day = event.start().atZone(zone()).toLocalDate();
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

	/**
	 * Cancels the plan's future visits with the reason (and their appointments); visits of other
	 * plans that were merged into them stand on their own again.
	 */
	void cancelFuture(SurveillancePlan plan, String reason) {
		Appointments clinic = appointments.getIfAvailable();
		List<UUID> cancelled = new ArrayList<>();
		for (SurveillanceVisit v : visits.findByPlanIdOrderByDueOnAsc(plan.id())) {
			if (!v.open() && !SurveillanceVisit.MERGED.equals(v.status())) {
				continue;
			}
			cancelAppointment(clinic, v, reason);
			v.cancel(reason);
			visits.save(v);
			cancelled.add(v.id());
		}
		if (!cancelled.isEmpty()) {
			for (SurveillanceVisit orphan : visits.findByMergedIntoIn(cancelled)) {
				if (!orphan.planId().equals(plan.id())) {
					orphan.unmerge();
					visits.save(orphan);
				}
			}
		}
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				cancelled.size() + " future visits cancelled: " + reason);
	}

	/** Suspension: the booked appointments are cancelled, the visits wait (planned) until the plan resumes. */
	void unbookFuture(SurveillancePlan plan, String reason) {
		Appointments clinic = appointments.getIfAvailable();
		for (SurveillanceVisit v : visits.findByPlanIdOrderByDueOnAsc(plan.id())) {
			if (SurveillanceVisit.BOOKED.equals(v.status())) {
				cancelAppointment(clinic, v, reason);
				v.unbooked();
				visits.save(v);
			}
		}
	}

	private void cancelAppointment(Appointments clinic, SurveillanceVisit v, String reason) {
		if (clinic == null || v.appointmentId() == null || !SurveillanceVisit.BOOKED.equals(v.status())) {
			return;
		}
		try {
			clinic.cancel(v.appointmentId(), reason);
		}
		catch (RuntimeException refused) {
			// already seen or cancelled at the clinic: nothing left to cancel
			log.info("appointment {} not cancelled: {}", v.appointmentId(), refused.getMessage());
		}
	}

	/** Merges the new visits of a plan into the patient's open visits of the other active plans. */
	void merge(SurveillancePlan plan, List<SurveillanceVisit> added) {
		List<SurveillanceVisit> others = new ArrayList<>();
		for (SurveillancePlan other : plans.findByPatientIdOrderByProposedAtAsc(plan.patientId())) {
			if (other.id().equals(plan.id()) || !SurveillancePlan.ACTIVE.equals(other.status())) {
				continue;
			}
			visits.findByPlanIdOrderByDueOnAsc(other.id()).stream()
				.filter(v -> SurveillanceVisit.PLANNED.equals(v.status()) || SurveillanceVisit.BOOKED.equals(v.status()))
				.forEach(others::add);
		}
		List<UUID> targets = Merging.targets(slots(others), slots(added), properties.mergeWindowDays());
		for (int i = 0; i < added.size(); i++) {
			if (targets.get(i) != null) {
				added.get(i).mergeInto(targets.get(i));
			}
		}
	}

	private static List<Merging.Slot> slots(List<SurveillanceVisit> list) {
		return list.stream().map(v -> new Merging.Slot(v.id(), v.kind(), v.dueOn())).toList();
	}

	private LocalDate day(AppointmentSummary a) {
		return a.start().atZone(zone()).toLocalDate();
	}

	private ZoneId zone() {
		return clock.getZone();
	}
}
