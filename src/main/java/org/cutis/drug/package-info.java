/**
 * Drug catalogue: the cancer drugs whose skin reactions the chemotherapy skin-care clinic sees, each
 * with its generic name in Korean and English, its WHO ATC code and its drug class. The class is
 * what the skin rules read (EGFR inhibitors cause acneiform rash, fluoropyrimidines hand-foot
 * syndrome); a referral and an adverse event name drugs from here, so the class is never guessed
 * from free text. Seeded by migration, maintained by oncologists and administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drug catalogue")
package org.cutis.drug;
