/**
 * Exposed to the demonstration loader and to the modules that build on lesions (biopsy,
 * pathology). Web controllers stay internal.
 */
@org.springframework.modulith.NamedInterface("application")
package org.cutis.lesion.application;
