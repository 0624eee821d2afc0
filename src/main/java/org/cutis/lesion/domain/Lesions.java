package org.cutis.lesion.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Lesions extends JpaRepository<Lesion, UUID> {
	List<Lesion> findByPatientIdOrderByNumber(UUID patientId);

	/** Voided lesions count too: a number is never given twice. */
	@Query("select coalesce(max(l.number), 0) from Lesion l where l.patientId = ?1")
	int highestNumber(UUID patientId);
}
