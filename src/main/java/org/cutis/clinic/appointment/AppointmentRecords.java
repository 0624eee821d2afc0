package org.cutis.clinic.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentRecords extends JpaRepository<Appointment, UUID> {
	List<Appointment> findBySessionIdInOrderByStartsAtAsc(Collection<UUID> sessionIds);

	List<Appointment> findBySessionIdAndStatusNot(UUID sessionId, String status);

	List<Appointment> findByPatientIdOrderByStartsAtAsc(UUID patientId);

	List<Appointment> findByClinicianAndStartsAtBetweenOrderByStartsAtAsc(String clinician, Instant from, Instant to);

	Optional<Appointment> findFirstByReferralIdAndStatusNotOrderByBookedAtDesc(UUID referralId, String status);

	/** The slots of the session taken by an appointment that is not cancelled. */
	default java.util.Set<Integer> takenSlots(UUID sessionId) {
		return findBySessionIdAndStatusNot(sessionId, org.cutis.clinic.AppointmentStatus.CANCELLED.code())
			.stream()
			.map(Appointment::slot)
			.collect(java.util.stream.Collectors.toSet());
	}
}
