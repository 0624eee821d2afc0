/**
 * Relapse after treatment: relapse suspected at a visit starts the re-biopsy path (a biopsy of
 * purpose {@code recurrence} on the original lesion or a new lesion linked to the cancer, flagged
 * through the specimen loop); a malignant result confirms the recurrence (local, regional, distant,
 * with its date), restages the cancer for the tumor board and suspends surveillance; a benign one
 * returns the patient to the surveillance plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recurrence")
package org.cutis.recurrence;
