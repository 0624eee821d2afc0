package org.cutis.pathology;

import java.util.UUID;

import org.cutis.clinical.Diagnosis;

/**
 * The clinician compared the report with the clinical impression. A discordant result is
 * re-reviewed and proposed to the tumor board whatever the diagnosis: a benign result of a
 * clinically suspected melanoma is exactly the case the board must see.
 *
 * @param diagnosis          the report's diagnosis
 * @param clinicalImpression the impression the biopsy was taken for
 */
public record CorrelationRecorded(UUID reportId, UUID specimenId, UUID patientId, UUID lesionId, Diagnosis diagnosis,
		Diagnosis clinicalImpression, boolean discordant, String note) {
}
