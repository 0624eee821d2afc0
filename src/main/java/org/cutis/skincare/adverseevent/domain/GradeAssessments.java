package org.cutis.skincare.adverseevent.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeAssessments extends JpaRepository<GradeAssessment, UUID> {
	/** The grade history, oldest first. */
	List<GradeAssessment> findByAdverseEventIdOrderByAssessedOnAscAssessedAtAsc(UUID adverseEventId);
}
