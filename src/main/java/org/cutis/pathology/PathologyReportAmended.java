package org.cutis.pathology;

import java.time.Instant;
import java.util.UUID;

/** An addendum was signed; the ordering clinician must review the result again. */
public record PathologyReportAmended(UUID reportId, UUID specimenId, UUID patientId, UUID lesionId, String reason,
		Instant signedAt, String signedBy) {
}
