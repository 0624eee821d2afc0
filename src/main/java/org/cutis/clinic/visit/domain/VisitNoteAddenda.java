package org.cutis.clinic.visit.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitNoteAddenda extends JpaRepository<VisitNoteAddendum, UUID> {
	List<VisitNoteAddendum> findByVisitNoteIdOrderBySignedAtAsc(UUID visitNoteId);
}
