package org.cutis.tumorboard.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItems extends JpaRepository<ActionItem, UUID> {
	List<ActionItem> findByStatusOrderByDueDateAsc(ActionItem.Status status);

	List<ActionItem> findByCaseId(UUID caseId);
}
