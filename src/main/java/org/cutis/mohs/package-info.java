/**
 * Mohs micrographic surgery: the case opened behind the Mohs appropriate use gate (the rules'
 * {@code mohs.auc}, a documented reason where it is inappropriate or not rated), its stages in
 * order with the tissue map of each layer (numbered blocks by clock position and their margins),
 * the final defect and its closure, and the signed operative report with its addenda. Lists its
 * cases for the treatment summary and tells the treatment plan when a case closes or needs plastic
 * surgery; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mohs surgery", allowedDependencies = { "rules",
		"clinical", "lesion", "staging", "patient", "identity", "audit", "treatment", "shared", "search" })
package org.cutis.mohs;
