package org.cutis.staging;

import java.time.Instant;
import java.util.UUID;

/** The pathology a cancer was staged from was amended; anything decided on the old values needs a look. */
public record CancerDataChanged(UUID cancerId, UUID patientId, UUID reportId, Instant at) {
}
