/**
 * The clinical kernel: value types every clinical module speaks (and FHIR will export) — coded
 * diagnoses, the body site with its side, the specimen's role, TNM categories with their prefix,
 * AJCC stage groups and the typed tumour facts a signed pathology report carries forward.
 * Framework-free like the rules it builds on; an open module, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cutis.clinical;
