package org.cutis.surveillance.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.Appointments;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan that stops (replaced, ended) cancels its future visits and their appointments with the
 * reason; a suspended plan only gives its appointments back, its visits wait to be booked again.
 */
@Service
@Transactional
class VisitCancellation {
	private static final Logger log = LoggerFactory.getLogger(VisitCancellation.class);

	private final SurveillanceVisits visits;
	private final ObjectProvider<Appointments> appointments;
	private final AuditLog audit;

	VisitCancellation(SurveillanceVisits visits, ObjectProvider<Appointments> appointments, AuditLog audit) {
		this.visits = visits;
		this.appointments = appointments;
		this.audit = audit;
	}

	/**
	 * Cancels the plan's future visits with the reason (and their appointments); visits of other
	 * plans that were merged into them stand on their own again.
	 */
	void cancelFuture(SurveillancePlan plan, String reason) {
		List<UUID> cancelled = new ArrayList<>();
		for (SurveillanceVisit v : visits.findByPlanIdOrderByDueOnAsc(plan.id())) {
			if (!v.open() && !SurveillanceVisit.MERGED.equals(v.status())) {
				continue;
			}
			cancelAppointment(v, reason);
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
		for (SurveillanceVisit v : visits.findByPlanIdOrderByDueOnAsc(plan.id())) {
			if (SurveillanceVisit.BOOKED.equals(v.status())) {
				cancelAppointment(v, reason);
				v.unbooked();
				visits.save(v);
			}
		}
	}

	/** Cancels the booked visit's appointment at the clinic (one already seen or cancelled is left as it is). */
	void cancelAppointment(SurveillanceVisit v, String reason) {
		Appointments clinic = appointments.getIfAvailable();
		if (clinic == null || v.appointmentId() == null || !SurveillanceVisit.BOOKED.equals(v.status())) {
			return;
		}
		// asked first, not left to the clinic to refuse: a refusal inside this transaction marks it for
		// rollback even when caught, and the whole suspension was lost (seen in the recall simulation)
		boolean cancellable = clinic.find(v.appointmentId())
			.map(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.ARRIVED)
			.orElse(false);
		if (!cancellable) {
			log.info("appointment {} not cancelled: already seen, missed or cancelled at the clinic", v.appointmentId());
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
}
