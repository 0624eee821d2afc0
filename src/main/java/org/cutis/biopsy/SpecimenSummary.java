package org.cutis.biopsy;

import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.rules.common.AnatomicSite;

/** What pathology needs of a specimen to report on it. */
public record SpecimenSummary(UUID id, String accession, UUID patientId, UUID lesionId, AnatomicSite site,
		Laterality laterality, BiopsyTechnique technique, Diagnosis clinicalImpression, String clinicalHistory,
		SpecimenStatus status, String orderedBy, Instant receivedAt) {
}
