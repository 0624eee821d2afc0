package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentReason;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.StaffNames;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
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
 * cancelled → planned again (AppointmentFollowing). A visit is linked by hand to an appointment
 * booked elsewhere, outside its window only with the reason; a new responsible doctor takes the
 * plan's future bookings into their sessions.
 */
@Service
@Transactional
public class VisitBooking {
	private static final Logger log = LoggerFactory.getLogger(VisitBooking.class);

	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final ObjectProvider<Appointments> appointments;
	private final VisitCancellation cancellation;
	private final AuditLog audit;
	private final Clock clock;

	VisitBooking(SurveillancePlans plans, SurveillanceVisits visits, ObjectProvider<Appointments> appointments,
			VisitCancellation cancellation, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.visits = visits;
		this.appointments = appointments;
		this.cancellation = cancellation;
		this.audit = audit;
		this.clock = clock;
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
					AppointmentKind.FOLLOW_UP, AppointmentReason.FOLLOW_UP_VISIT.code());
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
		if (appointmentId == null) {
			throw new InvalidInput("appointmentId", "surveillance.error.appointmentRequired");
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

	/**
	 * The reason of a visit seen (or booked) outside its window, given afterwards.
	 *
	 * @throws InvalidInput naming {@code reason} and the window when missing
	 */
	public SurveillanceVisit explain(UUID visitId, String reason) {
		SurveillanceVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFound("surveillance-visit", visitId));
		visit.explainOutsideWindow(reason, dayOf(visit));
		visits.save(visit);
		audit.record(AuditAction.UPDATE, visit.patientId(), "surveillance-visit", visit.id(),
				"outside its window: " + visit.outsideWindowReason());
		return visit;
	}

	/**
	 * The responsible doctor changed: the plan's future booked visits leave the former doctor's
	 * sessions (the appointment cancelled with the reason) and are booked into the new doctor's
	 * sessions inside their windows; a visit that finds no free slot stays planned, and the recall
	 * worklist shows it when it falls due. Visits seen, missed or due today before now stay as they are.
	 *
	 * @return the visits moved (booked again or left planned)
	 */
	List<SurveillanceVisit> moveToResponsible(SurveillancePlan plan, String reason) {
		Appointments clinic = appointments.getIfAvailable();
		List<SurveillanceVisit> moved = new ArrayList<>();
		if (clinic == null || plan.responsible() == null) {
			return moved;
		}
		Instant now = clock.instant();
		for (SurveillanceVisit v : visits.findByPlanIdOrderByDueOnAsc(plan.id())) {
			if (!SurveillanceVisit.BOOKED.equals(v.status()) || v.appointmentId() == null) {
				continue;
			}
			AppointmentSummary a = clinic.find(v.appointmentId()).orElse(null);
			if (a == null || !a.status().open() || !a.start().isAfter(now)
					|| plan.responsible().equals(a.clinician())) {
				continue;
			}
			cancellation.cancelAppointment(v, reason);
			v.unbooked();
			visits.save(v);
			audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-visit", v.id(),
					"appointment " + a.id() + " with " + a.clinician() + " cancelled: " + reason);
			book(plan, v, LocalDate.now(clock));
			moved.add(v);
		}
		return moved;
	}

	/** The day the visit was seen, or the day it is booked for; null when it has neither. */
	public LocalDate dayOf(SurveillanceVisit visit) {
		if (visit.doneOn() != null) {
			return visit.doneOn();
		}
		Appointments clinic = appointments.getIfAvailable();
		if (visit.appointmentId() == null || clinic == null) {
			return null;
		}
		return clinic.find(visit.appointmentId()).map(this::day).orElse(null);
	}

	private LocalDate day(AppointmentSummary a) {
		return a.start().atZone(clock.getZone()).toLocalDate();
	}
}
