package org.cutis.surveillance.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveillancePlans extends JpaRepository<SurveillancePlan, UUID> {
	List<SurveillancePlan> findByPatientIdOrderByProposedAtAsc(UUID patientId);

	List<SurveillancePlan> findByCancerIdOrderByProposedAtAsc(UUID cancerId);

	List<SurveillancePlan> findByCancerIdAndStatusIn(UUID cancerId, Collection<String> statuses);

	boolean existsByTreatmentPlanId(UUID treatmentPlanId);
}
