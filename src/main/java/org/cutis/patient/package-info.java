/**
 * The patient registry: registration with a check-digit medical record number, duplicate
 * detection, search, the chart header and the chart timeline that later modules add to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "audit", "identity" })
package org.cutis.patient;
