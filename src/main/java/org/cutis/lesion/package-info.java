/**
 * The lesion registry: each lesion of a patient placed on the body map, with a persistent id
 * (L1, L2, ...), its clinical description, coded impression, photos, and the lineage of
 * everything later modules hang on it (biopsies, reports, stages, treatments).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "patient", "audit", "identity", "rules" })
package org.cutis.lesion;
