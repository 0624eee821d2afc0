package org.cutis.clinic;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment as other modules see it.
 *
 * @param clinician the doctor's username (shown by name and department, never as the id)
 * @param start     the slot's start (the center's time zone for display)
 * @param location  the session's location, e.g. "본관 3층 피부과 외래 2번 진료실"
 * @param reason    the reason in the booker's own words (typed text, shown as typed); null when coded
 * @param reasonCode the coded reason (shown in the reader's language); null when typed or none
 */
public record AppointmentSummary(UUID id, UUID patientId, String clinician, UUID sessionId, Instant start,
		String location, AppointmentKind kind, AppointmentStatus status, String reason, AppointmentReason reasonCode, long version) {
}
