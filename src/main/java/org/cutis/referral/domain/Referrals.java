package org.cutis.referral.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Referrals extends JpaRepository<Referral, UUID> {
	List<Referral> findByStatus(Referral.Status status);

	List<Referral> findByPatientIdOrderByReceivedAtDesc(UUID patientId);

	/**
	 * One page of the triage worklist, in the order of the partial index referral_triage_order_idx
	 * (V1870). The status is written out, not bound, so that the planner can match the index's
	 * predicate whatever plan it caches.
	 */
	@Query(value = "select * from referral where status = 'RECEIVED'"
			+ " order by priority_rank, received_at, id limit :limit offset :offset", nativeQuery = true)
	List<Referral> openInTriageOrder(int limit, long offset);

	/** How many referrals wait for triage: counted from an index of the open ones, not the whole table. */
	@Query(value = "select count(*) from referral where status = 'RECEIVED'", nativeQuery = true)
	long countOpen();
}
