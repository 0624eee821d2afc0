package org.cutis.staging;

import java.util.Optional;
import java.util.UUID;

/**
 * Lesions another module linked to an existing cancer (recurrence: a new lesion re-biopsied when
 * relapse was suspected, in-transit near the scar). A signed re-biopsy of such a lesion, of purpose
 * recurrence and of the cancer's diagnosis, adds to that cancer instead of opening a new one.
 * Implemented by the recurrence module, which depends on staging, not the other way round.
 */
public interface LinkedLesions {

	/** The cancer of the patient this lesion was linked to, if any. */
	Optional<UUID> cancerOf(UUID lesionId, UUID patientId);
}
