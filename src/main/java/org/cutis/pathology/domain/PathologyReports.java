package org.cutis.pathology.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PathologyReports extends JpaRepository<PathologyReport, UUID> {
	Optional<PathologyReport> findBySpecimenId(UUID specimenId);

	/** Which of these specimens already have a (draft) report: one query for a worklist page. */
	@Query("select r.specimenId from PathologyReport r where r.specimenId in :specimens")
	List<UUID> reportedAmong(@Param("specimens") Collection<UUID> specimens);

	List<PathologyReport> findByLesionId(UUID lesionId);

	List<PathologyReport> findByPatientId(UUID patientId);
}
