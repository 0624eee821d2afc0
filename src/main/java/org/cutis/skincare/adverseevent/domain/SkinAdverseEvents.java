package org.cutis.skincare.adverseevent.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SkinAdverseEvents extends JpaRepository<SkinAdverseEvent, UUID> {
	List<SkinAdverseEvent> findByPatientIdOrderByOnsetDateDescCreatedAtDesc(UUID patientId);
}
