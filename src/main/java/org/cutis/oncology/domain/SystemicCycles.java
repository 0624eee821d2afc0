package org.cutis.oncology.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SystemicCycles extends JpaRepository<SystemicCycle, UUID> {
	List<SystemicCycle> findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(UUID courseId);
}
