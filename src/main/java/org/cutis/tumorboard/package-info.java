/**
 * The multidisciplinary tumor board: meetings with a case list and cut-off (one open case per
 * tumour per meeting), cases proposed by configurable eligibility rules from the stagings and by
 * every discordant clinicopathological correlation (a benign result included: such a case concerns
 * a lesion and its report, without a cancer), re-proposed when a discussed cancer is restaged or
 * its facts change, attendance and quorum, the recommendation as coded data signed by the chair on
 * or after the meeting's day (immutable, addenda), action items, metrics, the case summary and the
 * meeting packet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "staging", "pathology", "clinical", "lesion",
		"patient", "audit", "identity" })
package org.cutis.tumorboard;
