package org.cutis.biopsy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.biopsy.SpecimenStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Specimens extends JpaRepository<Specimen, UUID> {
	Optional<Specimen> findByAccessionIgnoreCase(String accession);

	List<Specimen> findByStatusIn(Collection<SpecimenStatus> statuses);

	List<Specimen> findByLesionIdOrderByOrderedAt(UUID lesionId);

	List<Specimen> findByPatientIdOrderByOrderedAt(UUID patientId);

	@Query(value = "select nextval('specimen_accession_seq')", nativeQuery = true)
	long nextAccessionNumber();
}
