/**
 * Exposed to the demonstration loader and to the pathology module. Web controllers stay internal.
 */
@org.springframework.modulith.NamedInterface("application")
package org.cutis.biopsy.application;
