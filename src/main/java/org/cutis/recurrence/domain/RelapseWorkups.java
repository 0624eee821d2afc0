package org.cutis.recurrence.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RelapseWorkups extends JpaRepository<RelapseWorkup, UUID> {
	boolean existsByVisitNoteId(UUID visitNoteId);

	List<RelapseWorkup> findByStatusOrderByOpenedAtAsc(String status);

	List<RelapseWorkup> findAllByOrderByOpenedAtDesc();

	List<RelapseWorkup> findByCancerIdOrderByOpenedAtDesc(UUID cancerId);

	List<RelapseWorkup> findByPatientIdAndStatus(UUID patientId, String status);

	List<RelapseWorkup> findByPatientIdOrderByOpenedAtDesc(UUID patientId);
}
