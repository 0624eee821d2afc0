package org.cutis.biopsy;

import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.rules.common.AnatomicSite;

/**
 * What pathology needs of a specimen to report on it.
 *
 * @param role what the biopsy was ordered for: diagnostic, re-excision, recurrence or metastasis
 */
public record SpecimenSummary(UUID id, String accession, UUID patientId, UUID lesionId, AnatomicSite site,
		Laterality laterality, BiopsyTechnique technique, SpecimenRole role, Diagnosis clinicalImpression,
		String clinicalHistory, SpecimenStatus status, String orderedBy, Instant receivedAt) {
}
