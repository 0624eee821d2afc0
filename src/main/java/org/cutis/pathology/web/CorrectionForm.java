package org.cutis.pathology.web;

import java.math.BigDecimal;

import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.pathology.Synoptic;

/**
 * The corrected findings an addendum form may carry: the values a correction most often changes.
 * Empty means a text-only addendum; what is left empty stays as the report says.
 */
record CorrectionForm(Diagnosis correctedDiagnosis, BigDecimal correctedBreslowMm,
		BreslowNotAssessable correctedBreslowNotAssessable, Boolean correctedUlceration,
		Boolean correctedMicrosatellites, Boolean correctedDeepMarginTransected) {

	/** Null when nothing was corrected. */
	Synoptic synoptic() {
		if (correctedDiagnosis == null && correctedBreslowMm == null && correctedBreslowNotAssessable == null
				&& correctedUlceration == null && correctedMicrosatellites == null
				&& correctedDeepMarginTransected == null) {
			return null;
		}
		return new Synoptic(correctedDiagnosis, null, null, null, null,
				new Synoptic.Melanoma(correctedBreslowMm, correctedBreslowNotAssessable, correctedUlceration, null,
						correctedMicrosatellites, null, null, null, null, null),
				null, new Synoptic.Margins(null, null, Boolean.TRUE.equals(correctedDeepMarginTransected) ? true : null,
						null, correctedDeepMarginTransected),
				null);
	}
}
