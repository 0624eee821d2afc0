package org.cutis.recurrence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recurrence was confirmed (a malignant re-biopsy, or recorded by the clinician): the cancer is
 * restaged at recurrence, the tumor board proposes it, and surveillance suspends the plan until a new
 * treatment plan completes.
 */
public record RecurrenceConfirmed(UUID recurrenceId, UUID cancerId, UUID patientId, RecurrenceExtent extent,
		LocalDate detectedOn) {
}
