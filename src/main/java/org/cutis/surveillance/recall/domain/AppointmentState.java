package org.cutis.surveillance.recall.domain;

import java.time.Instant;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;

/** Where one appointment stands, as the clinic last announced it. */
public record AppointmentState(UUID id, UUID patientId, String clinician, AppointmentKind kind,
		AppointmentStatus status, Instant start) {

	/** The patient came (arrived or seen): nothing left for the nurses to recall. */
	public boolean attended() {
		return status == AppointmentStatus.ARRIVED || status == AppointmentStatus.SEEN;
	}

	public boolean booked() {
		return status == AppointmentStatus.BOOKED;
	}
}
