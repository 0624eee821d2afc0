package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.StaffMember;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.surveillance.plan.domain.ResponsibleChange;
import org.cutis.surveillance.plan.domain.ResponsibleChanges;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reassigning the responsible doctor, with the reason (kept in the append-only change log): the
 * plan's future bookings follow the doctor, cancelled in the former doctor's sessions with the
 * reason {@value #APPOINTMENT_CANCEL_REASON} and booked into the new doctor's sessions inside
 * their windows where a slot is free.
 */
@Service
@Transactional
public class Reassignment {
	/** The reason the clinic list shows on the former doctor's cancelled appointment. */
	public static final String APPOINTMENT_CANCEL_REASON = "responsible doctor changed";

	private final SurveillancePlans plans;
	private final ResponsibleChanges changes;
	private final ResponsibleDoctors doctors;
	private final VisitBooking booking;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	Reassignment(SurveillancePlans plans, ResponsibleChanges changes, ResponsibleDoctors doctors, VisitBooking booking,
			CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.changes = changes;
		this.doctors = doctors;
		this.booking = booking;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public SurveillancePlan reassign(UUID planId, String responsible, String reason, Long version) {
		SurveillancePlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("surveillance-plan", planId));
		if (version != null && version != plan.version()) {
			throw new ConcurrentEdit("surveillance-plan", Map.of());
		}
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		StaffMember doctor = null;
		try {
			doctor = doctors.doctor(responsible, "responsible");
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
		plan.reassign(doctor.username(), ResponsibleDoctors.firstDepartment(doctor), reason);
		plans.save(plan);
		changes.save(new ResponsibleChange(plan.id(), before, doctor.username(), plan.responsibleReason(),
				currentUser.username(), clock.instant()));
		audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
				"responsible " + before + " → " + doctor.username() + ": " + plan.responsibleReason());
		if (SurveillancePlan.ACTIVE.equals(plan.status())) {
			List<SurveillanceVisit> moved = booking.moveToResponsible(plan, APPOINTMENT_CANCEL_REASON);
			if (!moved.isEmpty()) {
				audit.record(AuditAction.UPDATE, plan.patientId(), "surveillance-plan", plan.id(),
						moved.size() + " booked visits moved to " + doctor.username() + ", "
								+ moved.stream().filter(v -> SurveillanceVisit.PLANNED.equals(v.status())).count()
								+ " without a free slot left planned");
			}
			booking.bookNext(plan.patientId());
		}
		return plan;
	}
}
