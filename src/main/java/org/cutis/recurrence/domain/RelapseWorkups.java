package org.cutis.recurrence.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RelapseWorkups extends JpaRepository<RelapseWorkup, UUID> {
	boolean existsByVisitNoteId(UUID visitNoteId);

	List<RelapseWorkup> findByStatusOrderByOpenedAtAsc(String status);

	List<RelapseWorkup> findAllByOrderByOpenedAtDesc();

	List<RelapseWorkup> findByCancerIdOrderByOpenedAtDesc(UUID cancerId);

	List<RelapseWorkup> findByPatientIdAndStatus(UUID patientId, String status);

	List<RelapseWorkup> findByPatientIdOrderByOpenedAtDesc(UUID patientId);

	/** The cancers a new lesion of the patient was linked to by a work-up, latest first. */
	@Query("select w.cancerId from RelapseWorkup w join w.lesions l where l.lesionId = :lesionId"
			+ " and w.patientId = :patientId and l.relation = 'new-lesion' order by w.openedAt desc")
	List<UUID> cancersLinkedTo(@Param("lesionId") UUID lesionId, @Param("patientId") UUID patientId);
}
