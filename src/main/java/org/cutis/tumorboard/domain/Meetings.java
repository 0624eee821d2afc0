package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Meetings extends JpaRepository<Meeting, UUID> {
	List<Meeting> findByScheduledAtAfterOrderByScheduledAtAsc(Instant after);

	List<Meeting> findAllByOrderByScheduledAtDesc();

	List<Meeting> findByCutOffAtAfterOrderByScheduledAtAsc(Instant after);

	/** The next meeting whose case list is still open: where a proposal is suggested. */
	default Optional<Meeting> nextOpenAt(Instant now) {
		return findByCutOffAtAfterOrderByScheduledAtAsc(now).stream().findFirst();
	}
}
