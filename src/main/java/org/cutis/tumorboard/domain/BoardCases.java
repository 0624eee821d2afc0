package org.cutis.tumorboard.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BoardCases extends JpaRepository<BoardCase, UUID> {
	List<BoardCase> findByMeetingIdOrderByProposedAtAsc(UUID meetingId);

	List<BoardCase> findByCancerId(UUID cancerId);

	/** Cases of a lesion proposed before its cancer was known (a discordant report). */
	List<BoardCase> findByLesionIdAndCancerIdIsNull(UUID lesionId);

	boolean existsByReportId(UUID reportId);

	/** The proposals merged into this case. */
	List<BoardCase> findByMergedIntoOrderByProposedAtAsc(UUID caseId);

	List<BoardCase> findByStatusInOrderByProposedAtAsc(Collection<BoardCase.Status> statuses);

	List<BoardCase> findByPatientId(UUID patientId);

	/**
	 * Holds, until the transaction ends, the board's lock on one patient's cases (a PostgreSQL
	 * advisory lock): the reactions to a restage and to the facts behind it arrive together, and
	 * the second must see what the first proposed.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(9, :key)", nativeQuery = true)
	Integer lockCasesOfPatient(@Param("key") int key);

	default void lockCasesOf(UUID patientId) {
		lockCasesOfPatient(patientId.hashCode());
	}
}
