package org.cutis.surveillance.plan.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponsibleChanges extends JpaRepository<ResponsibleChange, UUID> {
	List<ResponsibleChange> findByPlanIdOrderByChangedAtAsc(UUID planId);
}
