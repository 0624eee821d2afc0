package org.cutis.pathology.domain;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivedSpecimens extends JpaRepository<ReceivedSpecimen, UUID> {
	/** Received, not withdrawn, report not signed: one page, read from pathology_specimen_awaiting_idx. */
	Page<ReceivedSpecimen> findByWithdrawnAtIsNullAndSignedAtIsNull(Pageable page);
}
