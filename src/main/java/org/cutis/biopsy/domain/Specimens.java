package org.cutis.biopsy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Specimens are loaded whole, with their steps in the same query: a page of the path log is one
 * select, not one more per specimen (the page's ids come from the path log's index, OpenSpecimens).
 */
public interface Specimens extends JpaRepository<Specimen, UUID> {
	@Override
	@EntityGraph(attributePaths = "steps")
	Optional<Specimen> findById(UUID id);

	@EntityGraph(attributePaths = "steps")
	Optional<Specimen> findByAccessionIgnoreCase(String accession);

	/** The specimens of one path log page, with their steps, in one query. */
	@EntityGraph(attributePaths = "steps")
	List<Specimen> findByIdIn(Collection<UUID> ids);

	@EntityGraph(attributePaths = "steps")
	List<Specimen> findByLesionId(UUID lesionId);

	@EntityGraph(attributePaths = "steps")
	List<Specimen> findByPatientId(UUID patientId);

	@Query(value = "select nextval('specimen_accession_seq')", nativeQuery = true)
	long nextAccessionNumber();
}
