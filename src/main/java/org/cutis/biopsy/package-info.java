/**
 * Biopsy orders and the closed loop of their specimens: ordered, collected, sent, received,
 * grossed, reported, signed, reviewed, communicated (or rejected and re-collected, or voided),
 * with labels, and the path log that lets no specimen and no result get lost.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "pathology", "lesion", "patient", "audit",
		"identity", "rules" })
package org.cutis.biopsy;
