package org.cutis.mohs.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Mohs cases; no delete is ever called (the database refuses it too). */
public interface MohsCases extends JpaRepository<MohsCase, UUID> {
	List<MohsCase> findByPatientIdOrderByCreatedAtDesc(UUID patientId);

	List<MohsCase> findByLesionIdOrderByCreatedAtDesc(UUID lesionId);

	List<MohsCase> findByCancerIdOrderByCreatedAtAsc(UUID cancerId);
}
