package org.cutis.pathology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;

/**
 * The synoptic values of a signed report, for modules that act on them (staging reads the
 * tumour facts it stages from). Values the pathologist did not record are null.
 */
public record SignedReport(UUID reportId, UUID patientId, UUID lesionId, Diagnosis diagnosis,
		String histologicSubtype, BigDecimal breslowMm, Boolean ulceration, BigDecimal mitoticRatePerMm2,
		Boolean microsatellites, String differentiation, BigDecimal tumourDepthMm, Boolean beyondSubcutaneousFat,
		Boolean perineuralInvasion, BigDecimal nerveCalibreMm, String bccSubtypes, boolean discordant,
		Instant signedAt) {
}
