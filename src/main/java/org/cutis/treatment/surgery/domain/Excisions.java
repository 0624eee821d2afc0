package org.cutis.treatment.surgery.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Excisions extends JpaRepository<Excision, UUID> {
	List<Excision> findByCancerIdOrderByPerformedOnDesc(UUID cancerId);

	List<Excision> findByPatientIdOrderByPerformedOnDesc(UUID patientId);

	List<Excision> findByLesionIdOrderByPerformedOnDesc(UUID lesionId);

	Optional<Excision> findBySpecimenId(UUID specimenId);
}
