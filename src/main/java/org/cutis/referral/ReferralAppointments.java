package org.cutis.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Triage acceptance books a real appointment. The clinic module implements this (it depends on the
 * referral module, not the other way round), as the tumor board implements staging's submissions.
 */
public interface ReferralAppointments {

	/**
	 * Books the accepted referral's first visit with the dermatologist: at {@code start} when given,
	 * else the first free slot of the dermatologist's sessions on {@code day}.
	 *
	 * @throws org.cutis.shared.InvalidInput naming {@code appointmentStart} or {@code appointmentDate}
	 *         (no session, leave, full, in the past) or {@code dermatologist}
	 */
	BookedVisit book(UUID referralId, UUID patientId, String dermatologist, Instant start, LocalDate day,
			String reason);

	/** The appointment booked for this referral, if any. */
	Optional<BookedVisit> of(UUID referralId);

	/** @param status an {@code AppointmentStatus} code of the clinic module */
	record BookedVisit(UUID appointmentId, String clinician, Instant start, String location, String status) {
	}
}
