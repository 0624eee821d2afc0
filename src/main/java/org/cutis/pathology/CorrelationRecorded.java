package org.cutis.pathology;

import java.util.UUID;

/**
 * The clinician compared the report with the clinical impression. A discordant result is
 * re-reviewed and, through staging, proposed to the tumor board.
 */
public record CorrelationRecorded(UUID reportId, UUID patientId, UUID lesionId, boolean discordant) {
}
