/**
 * Exposed to the demonstration loader and to the pathology module. Web controllers stay internal.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.cutis.biopsy.domain;
