/**
 * The multidisciplinary tumor board: meetings with a case list and cut-off, cases proposed by
 * configurable eligibility rules from the stagings, attendance and quorum, the recommendation
 * as coded data signed by the chair (immutable, addenda), action items, metrics, the case
 * summary and the meeting packet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "staging", "lesion", "patient", "audit", "identity" })
package org.cutis.tumorboard;
