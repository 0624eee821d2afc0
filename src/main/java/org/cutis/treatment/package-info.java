/**
 * Treatment: the plan of each cancer (from the tumor board's signed recommendation or the treating
 * clinician), its items with the responsible physician and department, surgery and procedures, and
 * the treatment summary composed from every module that treats.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Treatment")
package org.cutis.treatment;
