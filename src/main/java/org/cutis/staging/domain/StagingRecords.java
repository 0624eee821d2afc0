package org.cutis.staging.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StagingRecords extends JpaRepository<StagingRecord, UUID> {
	List<StagingRecord> findByCancerIdOrderBySequenceDesc(UUID cancerId);

	List<StagingRecord> findByStatusOrderByComputedAtAsc(StagingRecord.Status status);
}
