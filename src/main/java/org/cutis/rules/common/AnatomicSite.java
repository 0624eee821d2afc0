package org.cutis.rules.common;

/**
 * The clinic's shared site vocabulary (rules contract). Each rule maps these sites to its own
 * areas: the Mohs AUC H/M/L areas and the NCCN BCC areas differ, so no area is stored here.
 */
public enum AnatomicSite implements Coded {
	SCALP, FOREHEAD, TEMPLE, EYEBROW, EYELID, PERIORBITAL, NOSE, CHEEK, LIP, CHIN, JAWLINE, EAR, PREAURICULAR,
	POSTAURICULAR, NECK, CHEST, ABDOMEN, BACK, TRUNK, SHOULDER, UPPER_ARM, ARM, FOREARM, HAND, FINGER,
	NAIL_UNIT, THIGH, LEG, PRETIBIAL, ANKLE, FOOT, TOE, GENITALIA, PERIANAL, NIPPLE, BUTTOCK;

	public static AnatomicSite fromCode(String code) {
		return Coded.fromCode(AnatomicSite.class, code, "site");
	}
}
