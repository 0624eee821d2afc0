package org.cutis.clinic.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.cutis.clinic.session.ClinicSession;

/**
 * A clinic session in the API.
 *
 * @param booked   slots taken (cancelled appointments free theirs)
 * @param free     slots left; 0 when closed or on leave
 * @param onLeave  the doctor's leave blocks it
 */
record SessionView(UUID id, String clinician, LocalDate date, LocalTime start, LocalTime end, int capacity,
		int slotMinutes, String location, int booked, int free, boolean onLeave, boolean closed, String closeReason,
		long version) {

	static SessionView of(ClinicSession s, int booked, boolean onLeave) {
		int free = s.closed() || onLeave ? 0 : Math.max(0, s.capacity() - booked);
		return new SessionView(s.id(), s.clinician(), s.day(), s.startsAt(), s.endsAt(), s.capacity(), s.slotMinutes(),
				s.location(), booked, free, onLeave, s.closed(), s.closeReason(), s.version());
	}
}
