package org.cutis.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking for other modules (surveillance books the next due visit; the demonstration center), with
 * the same checks and audit as the screens and the API: the clinician's session exists at that time,
 * is not blocked by leave, has capacity left, and the start is not in the past.
 */
public interface Appointments {

	/**
	 * Books a slot in the clinician's session that covers {@code start}. The {@code reason} is an
	 * {@link AppointmentReason} code (shown in the reader's language) or the booker's own words.
	 *
	 * @throws org.cutis.shared.InvalidInput naming {@code start} (no session, leave, full, past),
	 *         {@code clinician}, {@code kind} or {@code reason}
	 */
	AppointmentSummary book(UUID patientId, String clinician, Instant start, AppointmentKind kind, String reason);

	/**
	 * The earliest free slot in the clinician's sessions from {@code from} to {@code to} (days
	 * inclusive, not before today), booked; empty when every session in the window is full, on leave
	 * or absent (the caller puts the visit on a worklist instead).
	 */
	Optional<AppointmentSummary> bookFirstFree(UUID patientId, String clinician, LocalDate from, LocalDate to,
			AppointmentKind kind, String reason);

	Optional<AppointmentSummary> find(UUID appointmentId);

	/** Every appointment of the patient, soonest first, cancelled ones included. */
	List<AppointmentSummary> ofPatient(UUID patientId);

	/** The next open appointment (booked or arrived) from now; for the patient header. */
	Optional<AppointmentSummary> nextOf(UUID patientId);

	/**
	 * The doctor opened the visit note of this appointment: the patient was seen (from booked or
	 * arrived; already seen changes nothing). Refused for a cancelled appointment or a future day.
	 */
	void markSeen(UUID appointmentId);

	/** Cancels with a reason (a surveillance plan replaced); an appointment already seen is refused. */
	void cancel(UUID appointmentId, String reason);

	/**
	 * The nurse's status change on the day: {@code arrived}, {@code no-show} or {@code cancelled}
	 * (with the reason), as on the clinic list; {@code version} null skips the edit check.
	 *
	 * @throws org.cutis.shared.InvalidInput naming {@code status} or {@code reason}
	 */
	AppointmentSummary changeStatus(UUID appointmentId, String status, String reason, Long version);
}
