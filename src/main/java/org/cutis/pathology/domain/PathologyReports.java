package org.cutis.pathology.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PathologyReports extends JpaRepository<PathologyReport, UUID> {
	Optional<PathologyReport> findBySpecimenId(UUID specimenId);

	List<PathologyReport> findByLesionId(UUID lesionId);

	List<PathologyReport> findByPatientId(UUID patientId);
}
