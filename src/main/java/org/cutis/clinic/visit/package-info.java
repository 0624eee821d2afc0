/**
 * The visit note: what the doctor writes at a clinic visit (interval history, the full skin
 * examination on the body map, lymph nodes, results reviewed, assessment and plan), signed once
 * and corrected by signed addenda. Part of the clinic module; other modules learn of a signed note
 * through {@link org.cutis.clinic.VisitNoteSigned}.
 */
package org.cutis.clinic.visit;
