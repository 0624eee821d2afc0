/**
 * Follow-up after treatment: the surveillance plan proposed per cancer when its treatment plan
 * completes (the schedule of {@code followup.schedule} by diagnosis and stage, NCCN by default, CCA
 * or SIGN selectable), the responsible doctor (the surgeon after surgery, otherwise the physician in
 * charge of the non-surgical treatment), activation with the interval chosen inside each range, one
 * combined calendar per patient, due windows and automatic booking; and the nurses' recall worklist
 * (due and unbooked, missed, overdue, imaging due) with its contact log. A patient leaves
 * surveillance only with a recorded reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveillance after treatment")
package org.cutis.surveillance;
