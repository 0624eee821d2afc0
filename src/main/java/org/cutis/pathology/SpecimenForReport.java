package org.cutis.pathology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.BodySite;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.SpecimenRole;
import org.cutis.rules.common.AnatomicSite;

/**
 * What the requisition tells pathology about a received specimen, handed over at receipt: the
 * facts flow forward from the lesion and the order, so pathology never reads the biopsy module.
 *
 * @param role               what the specimen was taken for (diagnostic, re-excision, recurrence, metastasis)
 * @param clinicalDiameterMm the lesion's greatest clinical diameter when it was measured, else null
 */
public record SpecimenForReport(UUID specimenId, String accession, UUID patientId, UUID lesionId, String lesionLabel,
		AnatomicSite site, Laterality laterality, BiopsyTechnique technique, SpecimenRole role,
		Diagnosis clinicalImpression, String clinicalHistory, BigDecimal clinicalDiameterMm, String orderedBy,
		Instant receivedAt, String receivedBy) {

	/** The specimen's id, as pages link it. */
	public UUID id() {
		return specimenId;
	}

	public BodySite bodySite() {
		return new BodySite(site, laterality);
	}
}
