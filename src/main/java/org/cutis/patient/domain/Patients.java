package org.cutis.patient.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Patients extends JpaRepository<Patient, UUID> {
	Optional<Patient> findByMrn(String mrn);

	/** The living chart with this registration number's keyed hash (the unique index allows one). */
	Optional<Patient> findByRrnHashAndVoidedAtIsNull(String rrnHash);

	/** Living charts whose special co-payment registration expires between the two days (inclusive). */
	List<Patient> findBySpecialCopayExpiresOnBetweenAndVoidedAtIsNullOrderBySpecialCopayExpiresOnAsc(LocalDate from,
			LocalDate to);

	@Query(value = "select nextval('mrn_seq')", nativeQuery = true)
	long nextMrnSequence();
}
