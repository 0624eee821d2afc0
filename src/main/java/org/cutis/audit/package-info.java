/**
 * The append-only audit trail: every view of a chart, every search that returns patients and
 * every create, change and void, with who, role, when, what patient, what record and from where.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.cutis.audit;
