package org.cutis.staging.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CancerDiagnoses extends JpaRepository<CancerDiagnosis, UUID> {
	Optional<CancerDiagnosis> findByLesionId(UUID lesionId);

	List<CancerDiagnosis> findByPatientIdOrderByDiagnosisDateDesc(UUID patientId);

	/** The cancer's patient, without loading the cancer (so it can be locked before it is read). */
	@Query("select c.patientId from CancerDiagnosis c where c.id = :id")
	Optional<UUID> findPatientIdById(@Param("id") UUID id);

	/**
	 * Holds, until the transaction ends, staging's lock on one patient's cancers (a PostgreSQL
	 * advisory lock): a signature and the correlation right after it arrive together from the
	 * event registry, and the second must see the cancer the first opened, not fail on its version.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(8, :key)", nativeQuery = true)
	Integer lockCancersOfPatient(@Param("key") int key);

	default void lockCancersOf(UUID patientId) {
		lockCancersOfPatient(patientId.hashCode());
	}
}
