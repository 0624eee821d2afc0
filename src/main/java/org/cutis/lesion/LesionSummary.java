package org.cutis.lesion;

import java.math.BigDecimal;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.rules.common.AnatomicSite;

/**
 * What other modules (biopsy orders, reports, labels) need to know of a lesion.
 *
 * @param sizeMm the greatest clinical diameter in millimetres, null when not measured
 */
public record LesionSummary(UUID id, UUID patientId, String label, AnatomicSite site, Laterality laterality,
		Diagnosis impression, String differential, Suspicion suspicion, boolean voided, BigDecimal sizeMm) {

	public LesionSummary(UUID id, UUID patientId, String label, AnatomicSite site, Laterality laterality,
			Diagnosis impression, String differential, Suspicion suspicion, boolean voided) {
		this(id, patientId, label, site, laterality, impression, differential, suspicion, voided, null);
	}
}
