package org.cutis.recurrence.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Recurrences extends JpaRepository<Recurrence, UUID> {
	List<Recurrence> findByCancerIdOrderByDetectedOnDescRecordedAtDesc(UUID cancerId);

	boolean existsByReportId(UUID reportId);

	List<Recurrence> findByPatientIdOrderByRecordedAtDesc(UUID patientId);
}
