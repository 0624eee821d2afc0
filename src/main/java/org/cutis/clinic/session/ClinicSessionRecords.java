package org.cutis.clinic.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClinicSessionRecords extends JpaRepository<ClinicSession, UUID> {
	List<ClinicSession> findByClinicianAndDayBetweenOrderByDayAscStartsAtAsc(String clinician, LocalDate from,
			LocalDate to);

	List<ClinicSession> findByDayBetweenOrderByDayAscStartsAtAsc(LocalDate from, LocalDate to);

	/** The session's row, locked until the transaction ends (select ... for update). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from ClinicSession s where s.id = :id")
	Optional<ClinicSession> lockById(@Param("id") UUID id);
}
