/**
 * Framework-free clinical knowledge: AJCC 8th staging, NCCN risk, margins and SLNB, Mohs AUC,
 * CTCAE v5.0 grades and follow-up schedules, each rule naming its source and edition. Pure
 * functions used by every clinical module, hence an open module. The annotation below is the
 * one Spring reference in this module: metadata read by Modulith, never executed.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cutis.rules;
