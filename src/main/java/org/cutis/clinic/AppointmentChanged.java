package org.cutis.clinic;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was booked ({@code BOOKED}) or changed status (arrived, seen, no-show, cancelled).
 * Surveillance follows its visits with it (a no-show goes on the recall list).
 *
 * @param reason the reason of a cancellation or no-show, null otherwise
 */
public record AppointmentChanged(UUID appointmentId, UUID patientId, String clinician, AppointmentKind kind,
		AppointmentStatus status, Instant start, String reason, Instant at) {
}
