package org.cutis.clinic.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicSessionRecords extends JpaRepository<ClinicSession, UUID> {
	List<ClinicSession> findByClinicianAndDayBetweenOrderByDayAscStartsAtAsc(String clinician, LocalDate from,
			LocalDate to);

	List<ClinicSession> findByDayBetweenOrderByDayAscStartsAtAsc(LocalDate from, LocalDate to);
}
