package org.cutis.staging;

import java.util.UUID;

import org.cutis.staging.application.CancerDiagnosisManagement;

import org.springframework.stereotype.Component;

/**
 * For other modules (recurrence): restaging a cancer at recurrence, as
 * {@code POST /api/v1/cancers/{id}/recurrence} does. The new staging record is published as
 * {@link CancerStaged} with {@code recurrence} set, so the tumor board's recurrence rule proposes the case.
 */
@Component
public class CancerRestaging {
	private final CancerDiagnosisManagement cancers;

	CancerRestaging(CancerDiagnosisManagement cancers) {
		this.cancers = cancers;
	}

	/** @throws org.cutis.shared.NotFound for an unknown cancer */
	public void atRecurrence(UUID cancerId) {
		cancers.recordRecurrence(cancerId);
	}
}
