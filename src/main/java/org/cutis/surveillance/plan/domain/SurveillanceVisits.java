package org.cutis.surveillance.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveillanceVisits extends JpaRepository<SurveillanceVisit, UUID> {
	List<SurveillanceVisit> findByPlanIdOrderByDueOnAsc(UUID planId);

	List<SurveillanceVisit> findByPatientIdOrderByDueOnAsc(UUID patientId);

	List<SurveillanceVisit> findByMergedInto(UUID visitId);

	List<SurveillanceVisit> findByMergedIntoIn(Collection<UUID> visitIds);

	Optional<SurveillanceVisit> findFirstByAppointmentId(UUID appointmentId);
}
