package org.cutis.pathology.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Addenda extends JpaRepository<Addendum, UUID> {
	List<Addendum> findByReportIdOrderBySignedAtDesc(UUID reportId);
}
