package org.cutis.surveillance.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface SurveillancePlans extends JpaRepository<SurveillancePlan, UUID> {
	List<SurveillancePlan> findByPatientIdOrderByProposedAtAsc(UUID patientId);

	List<SurveillancePlan> findByCancerIdOrderByProposedAtAsc(UUID cancerId);

	List<SurveillancePlan> findByCancerIdAndStatusIn(UUID cancerId, Collection<String> statuses);

	boolean existsByTreatmentPlanId(UUID treatmentPlanId);

	List<SurveillancePlan> findByStatus(String status);

	/** The plan, its row locked until the transaction ends (two writers of its calendar wait for each other). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<SurveillancePlan> findLockedById(UUID id);
}
