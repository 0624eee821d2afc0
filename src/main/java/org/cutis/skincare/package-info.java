/**
 * The chemotherapy skin-care clinic: skin adverse events of cancer drugs (CTCAE v5.0 term, the grade
 * the rules propose and the clinician confirms, attribution to each drug of the catalogue, photos,
 * the grade over time until resolved), the management advice of {@code oncoderm.advice}, the
 * recommendation to the treating oncologist that waits for an answer, and pre-emptive skin care
 * for drugs that need it. Cutis advises oncology; the oncologist decides about the cancer drug.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chemotherapy skin-care clinic")
package org.cutis.skincare;
