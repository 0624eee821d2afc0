package org.cutis.clinic.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.appointment.Appointment;

/**
 * An appointment in the API: codes for kind and status, the start with the center's offset.
 *
 * @param reason       the reason as booked: its code when coded, else the booker's own words
 * @param reasonCode   the coded reason (follow-up-visit, imaging-review, skin-check, referral, procedure,
 *                     skin-care), null when the reason is typed text
 * @param statusReason why it was cancelled or not attended, null otherwise
 */
record AppointmentView(UUID id, UUID patientId, String clinician, UUID sessionId, OffsetDateTime start,
		String location, String kind, String status, String reason, String reasonCode, String statusReason,
		long version) {

	static AppointmentView of(AppointmentSummary s, String statusReason, ZoneId zone) {
		return new AppointmentView(s.id(), s.patientId(), s.clinician(), s.sessionId(),
				s.start().atZone(zone).toOffsetDateTime(), s.location(), s.kind().code(), s.status().code(),
				s.reasonCode() == null ? s.reason() : s.reasonCode().code(),
				s.reasonCode() == null ? null : s.reasonCode().code(), statusReason, s.version());
	}

	static AppointmentView of(Appointment a, String location, ZoneId zone) {
		return of(a.summary(location), a.statusReason(), zone);
	}
}
