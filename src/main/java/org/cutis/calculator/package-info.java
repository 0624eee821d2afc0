/**
 * The clinicians' calculators and the rules HTTP API: AJCC staging, NCCN risk, margins and SLNB,
 * Mohs AUC, CTCAE grades and follow-up schedules, evaluated by the framework-free
 * {@link org.cutis.rules.RuleEngine} so that pages, API and registry batch mode cannot disagree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "rules", "identity" })
package org.cutis.calculator;
