package org.cutis.surveillance.recall.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A surveillance visit that is not done, cancelled or merged, of a plan that is active or
 * suspended: as the recall list reads it from the plan's tables.
 *
 * @param visitKind     visit | imaging | skin-check
 * @param status        planned | booked | missed
 * @param appointmentId the appointment the plan booked for it, null when none
 * @param responsible   the responsible doctor's username (shown by name and department)
 */
public record OpenVisit(UUID id, UUID planId, UUID patientId, boolean planSuspended, String visitKind, String imaging,
		LocalDate dueFrom, LocalDate dueTo, String status, UUID appointmentId, String responsible,
		String responsibleDepartment) {

	public boolean isImaging() {
		return "imaging".equals(visitKind);
	}
}
