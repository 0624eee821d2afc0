package org.cutis.recurrence;

import java.time.Instant;
import java.util.UUID;

/** The re-biopsy after relapse suspected was benign: the patient returns to the surveillance plan. */
public record RecurrenceRuledOut(UUID workupId, UUID cancerId, UUID patientId, UUID specimenId, Instant at) {
}
