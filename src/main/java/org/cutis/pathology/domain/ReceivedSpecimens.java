package org.cutis.pathology.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivedSpecimens extends JpaRepository<ReceivedSpecimen, UUID> {
	List<ReceivedSpecimen> findByWithdrawnAtIsNullOrderByReceivedAtAsc();
}
