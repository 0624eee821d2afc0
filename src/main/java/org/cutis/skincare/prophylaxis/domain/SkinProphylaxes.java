package org.cutis.skincare.prophylaxis.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SkinProphylaxes extends JpaRepository<SkinProphylaxis, UUID> {
	boolean existsByTriggerKindAndTriggerId(String triggerKind, UUID triggerId);

	boolean existsByPatientIdAndDrugClassAndStatusIn(UUID patientId, String drugClass, List<String> statuses);

	List<SkinProphylaxis> findByStatusOrderByProposedAtAsc(String status);

	List<SkinProphylaxis> findByPatientIdOrderByProposedAtAsc(UUID patientId);
}
