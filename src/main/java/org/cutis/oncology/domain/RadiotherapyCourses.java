package org.cutis.oncology.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RadiotherapyCourses extends JpaRepository<RadiotherapyCourse, UUID> {
	List<RadiotherapyCourse> findByCancerIdOrderByStartDateAscRecordedAtAsc(UUID cancerId);

	List<RadiotherapyCourse> findByPatientIdOrderByStartDateAsc(UUID patientId);
}
