package org.cutis.skincare.adverseevent.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttributedDrugs extends JpaRepository<AttributedDrug, UUID> {
	List<AttributedDrug> findByAdverseEventIdOrderByPositionAsc(UUID adverseEventId);
}
