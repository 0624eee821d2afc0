/**
 * Structured dermatopathology reports: synoptic melanoma, cSCC and BCC fields and coded other
 * diagnoses, pT from the rules engine with its explanation, immutable sign-out, addenda and the
 * clinician's clinicopathological correlation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "lesion", "patient", "audit", "identity",
		"rules" })
package org.cutis.pathology;
