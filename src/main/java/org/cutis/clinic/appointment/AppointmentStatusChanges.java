package org.cutis.clinic.appointment;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a booked appointment: the nurse marks arrival or no-show on the day, the doctor's
 * opening of the visit note marks the patient seen, a cancellation needs its reason. Each change is
 * audited and published ({@link org.cutis.clinic.AppointmentChanged}).
 */
@Service
@Transactional
public class AppointmentStatusChanges {
	private final AppointmentRecords appointments;
	private final ClinicSessions sessions;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AppointmentStatusChanges(AppointmentRecords appointments, ClinicSessions sessions, CurrentUser currentUser,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.appointments = appointments;
		this.sessions = sessions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The nurse's (or the doctor's) status change: arrived, no-show, cancelled. */
	public AppointmentSummary changeStatus(UUID id, String statusCode, String reason, Long version) {
		AppointmentStatus next = AppointmentStatus.fromCode(statusCode);
		if (next == null || next == AppointmentStatus.BOOKED || next == AppointmentStatus.SEEN) {
			throw new InvalidInput("status", "error.field.oneOf", "arrived, no-show, cancelled");
		}
		return change(id, next, reason, version);
	}

	/** The doctor opened the visit note: the patient was seen. Already seen: nothing changes. */
	public void markSeen(UUID appointmentId) {
		Appointment a = load(appointmentId, null);
		if (a.status() != AppointmentStatus.SEEN) {
			change(appointmentId, AppointmentStatus.SEEN, null, null);
		}
	}

	public void cancel(UUID appointmentId, String reason) {
		change(appointmentId, AppointmentStatus.CANCELLED, reason, null);
	}

	private AppointmentSummary change(UUID id, AppointmentStatus next, String reason, Long version) {
		Appointment a = load(id, version);
		a.change(next, reason, currentUser.username(), clock.instant(), clock.getZone());
		appointments.saveAndFlush(a);
		audit.record(AuditAction.UPDATE, a.patientId(), "appointment", id,
				next.code() + (a.statusReason() == null ? "" : ": " + a.statusReason()));
		events.publishEvent(a.changed(a.statusReason(), clock.instant()));
		return a.summary(sessions.find(a.sessionId()).location());
	}

	private Appointment load(UUID id, Long version) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment", id));
		if (version != null && version != a.version()) {
			throw new ConcurrentEdit("appointment", Map.of("status", a.status().code()));
		}
		return a;
	}
}
