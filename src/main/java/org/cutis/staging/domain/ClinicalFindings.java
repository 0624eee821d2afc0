package org.cutis.staging.domain;

/**
 * What the clinician, not pathology, knows of a cancer: its clinical borders (NCCN BCC), whether
 * it is a recurrence, arose at a site of prior radiotherapy, or in an immunosuppressed patient.
 * Unrecorded borders stay unknown, which leaves a BCC's risk indeterminate rather than low.
 *
 * @param poorlyDefined true for poorly defined borders, false for well defined, null if not recorded
 */
public record ClinicalFindings(Boolean poorlyDefined, boolean recurrent, boolean priorRadiotherapy,
		boolean immunosuppressed) {
	public static final ClinicalFindings NONE = new ClinicalFindings(null, false, false, false);
}
