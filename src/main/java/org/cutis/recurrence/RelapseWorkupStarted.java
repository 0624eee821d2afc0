package org.cutis.recurrence;

import java.time.Instant;
import java.util.UUID;

/**
 * Relapse was suspected at a visit and the re-biopsy path began: surveillance marks the plan as
 * awaiting the result (its visits stay on the recall list; nothing is dropped).
 */
public record RelapseWorkupStarted(UUID workupId, UUID cancerId, UUID patientId, UUID visitNoteId, Instant at) {
}
