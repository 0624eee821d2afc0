package org.cutis.referral;

import org.cutis.drug.DrugClass;

/**
 * A drug a referral names, as the catalogue described it when the referral arrived (a later
 * change of the catalogue does not rewrite what the referrer sent).
 *
 * @param code      the catalogue code, null for a free entry
 * @param drugClass the catalogue's class at the time, null for a free entry (unknown)
 * @param freeEntry a name the referrer typed for a drug the catalogue did not have
 */
public record ReferralDrug(String code, String nameKo, String nameEn, DrugClass drugClass, boolean freeEntry) {

	/** The generic name in the reader's language; a free entry is shown as typed. */
	public String name(boolean korean) {
		return korean ? nameKo : nameEn;
	}
}
