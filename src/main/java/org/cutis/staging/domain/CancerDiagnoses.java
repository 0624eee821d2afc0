package org.cutis.staging.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CancerDiagnoses extends JpaRepository<CancerDiagnosis, UUID> {
	Optional<CancerDiagnosis> findByLesionId(UUID lesionId);

	List<CancerDiagnosis> findByPatientIdOrderByDiagnosisDateDesc(UUID patientId);
}
