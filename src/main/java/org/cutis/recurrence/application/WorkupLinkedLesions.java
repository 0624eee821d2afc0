package org.cutis.recurrence.application;

import java.util.Optional;
import java.util.UUID;

import org.cutis.recurrence.domain.RelapseWorkups;
import org.cutis.staging.LinkedLesions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells staging which cancer a new lesion re-biopsied at relapse belongs to (the link the work-up
 * recorded), so its malignant re-biopsy adds to that cancer rather than opening a second one.
 */
@Component
@Transactional(readOnly = true)
class WorkupLinkedLesions implements LinkedLesions {
	private final RelapseWorkups workups;

	WorkupLinkedLesions(RelapseWorkups workups) {
		this.workups = workups;
	}

	@Override
	public Optional<UUID> cancerOf(UUID lesionId, UUID patientId) {
		return workups.cancersLinkedTo(lesionId, patientId).stream().findFirst();
	}
}
