package org.cutis.oncology.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SystemicCourses extends JpaRepository<SystemicCourse, UUID> {
	List<SystemicCourse> findByCancerIdOrderByStartDateAscRecordedAtAsc(UUID cancerId);

	List<SystemicCourse> findByPatientIdOrderByStartDateAsc(UUID patientId);
}
