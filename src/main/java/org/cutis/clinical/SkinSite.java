package org.cutis.clinical;

import org.cutis.rules.common.AnatomicSite;

/**
 * The skin regions by which ICD-10 subdivides its skin categories (C43 melanoma, C44 other skin
 * cancer, D03 melanoma in situ, D04 carcinoma in situ of skin): the fourth character is the
 * region, the same in all four. Source: WHO ICD-10 Volume 1, Tabular list (5th edition 2016 and
 * the 2019 version), which Korea's KCD-8 follows at four characters.
 * <p>
 * Every site of the clinic's vocabulary is mapped ({@code SkinSiteTests} checks that none is
 * missed). Where the tabular list names a site in its inclusion notes, it decides: the shoulder
 * is upper limb ("including shoulder"), the hip lower limb, the breast, perianal skin and anal
 * margin trunk; the buttock is trunk (ICD-O-3 topography C44.5). The skin of the genital organs is
 * excluded from C43 and C44 and coded with the organ (C51, C52, C60, C63 by sex), which the site
 * alone does not tell: {@link #GENITAL}. A nail unit is a finger's or a toe's, which the site
 * does not tell either: {@link #UNSPECIFIED}.
 */
public enum SkinSite {
	LIP('0'), EYELID('1'), EAR('2'), OTHER_FACE('3'), SCALP_AND_NECK('4'), TRUNK('5'), UPPER_LIMB('6'),
	LOWER_LIMB('7'), OVERLAPPING('8'), UNSPECIFIED('9'),
	/** Skin of the genital organs: coded to the organ, not to the skin categories. */
	GENITAL(null);

	private final Character fourth;

	SkinSite(Character fourth) {
		this.fourth = fourth;
	}

	/** The fourth character of C43, C44, D03 and D04 for this region; null for the genital skin. */
	public Character fourthCharacter() {
		return fourth;
	}

	/** The region of a site; an unknown site (null) is unspecified. */
	public static SkinSite of(AnatomicSite site) {
		if (site == null) {
			return UNSPECIFIED;
		}
		return switch (site) {
			case LIP -> LIP;
			case EYELID -> EYELID;
			// "ear and external auricular canal"; the skin behind the ear is the auricle's back
			case EAR, POSTAURICULAR -> EAR;
			case FOREHEAD, TEMPLE, EYEBROW, PERIORBITAL, NOSE, CHEEK, CHIN, JAWLINE, PREAURICULAR -> OTHER_FACE;
			case SCALP, NECK -> SCALP_AND_NECK;
			case CHEST, ABDOMEN, BACK, TRUNK, NIPPLE, PERIANAL, BUTTOCK -> TRUNK;
			case SHOULDER, UPPER_ARM, ARM, FOREARM, HAND, FINGER -> UPPER_LIMB;
			case THIGH, LEG, PRETIBIAL, ANKLE, FOOT, TOE -> LOWER_LIMB;
			case NAIL_UNIT -> UNSPECIFIED;
			case GENITALIA -> GENITAL;
		};
	}
}
