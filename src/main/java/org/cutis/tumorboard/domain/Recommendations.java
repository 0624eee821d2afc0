package org.cutis.tumorboard.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Recommendations extends JpaRepository<Recommendation, UUID> {
	Optional<Recommendation> findByCaseId(UUID caseId);
}
