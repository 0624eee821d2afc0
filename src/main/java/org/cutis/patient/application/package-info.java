/**
 * Exposed to the demonstration loader and, until each module grows a narrower facade, to
 * modules that build on this one. Web controllers stay internal.
 */
@org.springframework.modulith.NamedInterface("application")
package org.cutis.patient.application;
