package org.cutis.skincare.oncologyadvice.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OncologyRecommendations extends JpaRepository<OncologyRecommendation, UUID> {
	/** Addressed to the user, sent by the user, or to one of the departments given. */
	@Query("select r from OncologyRecommendation r where r.status = :status and (r.oncologist = :user "
			+ "or r.sentBy = :user or r.department in :departments)")
	List<OncologyRecommendation> concerning(String status, String user, Collection<String> departments);

	List<OncologyRecommendation> findByStatusAndDepartment(String status, String department);

	List<OncologyRecommendation> findByStatusAndUrgentTrueAndEscalatedAtIsNull(String status);

	List<OncologyRecommendation> findByPatientIdOrderBySentAtAsc(UUID patientId);

	List<OncologyRecommendation> findByAdverseEventIdOrderBySentAtAsc(UUID adverseEventId);

	List<OncologyRecommendation> findByReferralIdOrderBySentAtAsc(UUID referralId);
}
