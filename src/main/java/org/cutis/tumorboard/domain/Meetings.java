package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Meetings extends JpaRepository<Meeting, UUID> {
	List<Meeting> findByScheduledAtAfterOrderByScheduledAtAsc(Instant after);

	List<Meeting> findAllByOrderByScheduledAtDesc();

	List<Meeting> findByCutOffAtAfterOrderByScheduledAtAsc(Instant after);
}
