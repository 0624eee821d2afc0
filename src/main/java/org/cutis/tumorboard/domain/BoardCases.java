package org.cutis.tumorboard.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardCases extends JpaRepository<BoardCase, UUID> {
	List<BoardCase> findByMeetingIdOrderByProposedAtAsc(UUID meetingId);

	List<BoardCase> findByCancerId(UUID cancerId);

	List<BoardCase> findByStatusInOrderByProposedAtAsc(Collection<BoardCase.Status> statuses);

	List<BoardCase> findByPatientId(UUID patientId);
}
