package org.cutis.pathology;

import java.math.BigDecimal;

import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.BodySite;
import org.cutis.clinical.Diagnosis;

/**
 * The specimen a report is about, as published with the report's events so that listeners need
 * not ask back: accession, the lesion's label and site, technique, the clinical impression and
 * the lesion's clinical diameter (staging reads it for cSCC and BCC).
 */
public record ReportSubject(String accession, String lesionLabel, BodySite site, BiopsyTechnique technique,
		Diagnosis clinicalImpression, BigDecimal clinicalDiameterMm) {
}
