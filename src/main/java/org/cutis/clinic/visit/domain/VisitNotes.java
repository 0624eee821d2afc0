package org.cutis.clinic.visit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitNotes extends JpaRepository<VisitNote, UUID> {
	Optional<VisitNote> findByAppointmentId(UUID appointmentId);

	List<VisitNote> findByPatientIdOrderByVisitDateDescCreatedAtDesc(UUID patientId);
}
