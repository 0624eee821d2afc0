/**
 * Oncology: systemic therapy courses (regimen from a maintained catalogue, setting and line, body
 * surface area, cycles with holds and dose reductions, the end and why) and radiotherapy course
 * summaries, as the hematology-oncology and radiation oncology departments decided and gave them.
 * Cutis records these decisions; it is not a chemotherapy ordering system. The courses reach the
 * chart timeline and the treatment summary, and move the treatment plan through TreatmentRecorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oncology")
package org.cutis.oncology;
