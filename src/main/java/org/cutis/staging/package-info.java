/**
 * Cancer diagnoses and their staging records: opened from a signed malignant pathology report
 * (given as {@link org.cutis.staging.PathologyFindings}, so this module does not depend on the
 * pathology module), staged through the rules engine (AJCC 8, BWH, NCCN BCC risk), accepted or
 * overridden with a reason, restaged after work-up results; the melanoma work-up orders and the
 * coordinator's worklist.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "patient", "audit", "identity", "rules", "lesion",
		"pathology" })
package org.cutis.staging;
