package org.cutis.referral.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Referrals extends JpaRepository<Referral, UUID> {
	List<Referral> findByStatus(Referral.Status status);

	List<Referral> findByPatientIdOrderByReceivedAtDesc(UUID patientId);
}
