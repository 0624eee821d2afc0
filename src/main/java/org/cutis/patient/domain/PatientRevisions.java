package org.cutis.patient.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PatientRevisions extends JpaRepository<PatientRevision, Long> {
	List<PatientRevision> findByPatientIdOrderByVersionDesc(UUID patientId);

	Optional<PatientRevision> findFirstByPatientIdAndVersion(UUID patientId, long version);
}
