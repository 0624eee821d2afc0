package org.cutis.staging;

/**
 * What the clinician recorded about a cancer beyond its pathology: a recurrence, a site of prior
 * radiotherapy, an immunosuppressed patient. Treatments that are rated by these (the Mohs
 * appropriate use criteria) read them here instead of asking again.
 */
public record ClinicalRiskFactors(boolean recurrent, boolean priorRadiotherapy, boolean immunosuppressed) {
}
