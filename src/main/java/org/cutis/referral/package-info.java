/**
 * Referral intake and the nurses' triage worklist: who referred, why, how urgent; accepted
 * (booked to a dermatologist) or declined with a reason.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "search", "patient", "audit", "identity", "drug" })
package org.cutis.referral;
