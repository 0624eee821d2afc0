package org.cutis.treatment.surgery.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Procedures extends JpaRepository<Procedure, UUID> {
	List<Procedure> findByCancerIdOrderByPerformedOnDesc(UUID cancerId);

	List<Procedure> findByPatientIdOrderByPerformedOnDesc(UUID patientId);

	List<Procedure> findByLesionIdOrderByPerformedOnDesc(UUID lesionId);
}
