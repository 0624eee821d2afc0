package org.cutis.rules.mohs;

import org.cutis.rules.common.AnatomicSite;

/**
 * The Mohs AUC's own anatomic areas (reference 6.1, Decision 9). They differ from NCCN's:
 * the AUC puts the jawline in area M and nipples/areola and ankles in area H.
 */
public enum MohsArea {
	H("H", "mask areas of the face, genitalia (incl. perineal and perianal), hands, feet, nail units, ankles, nipples/areola"),
	M("M", "cheeks, forehead, scalp, neck, jawline, pretibial surface"),
	L("L", "trunk and extremities excluding pretibial surface, hands, feet, nail units and ankles");

	private final String code;
	private final String definition;

	MohsArea(String code, String definition) {
		this.code = code;
		this.definition = definition;
	}

	public String code() {
		return code;
	}

	public String definition() {
		return definition;
	}

	public static MohsArea of(AnatomicSite site) {
		return switch (site) {
			case EYELID, EYEBROW, PERIORBITAL, NOSE, LIP, CHIN, EAR, PREAURICULAR, POSTAURICULAR, TEMPLE,
					GENITALIA, PERIANAL, HAND, FINGER, FOOT, TOE, NAIL_UNIT, ANKLE, NIPPLE -> H;
			case CHEEK, FOREHEAD, SCALP, NECK, JAWLINE, PRETIBIAL -> M;
			case CHEST, ABDOMEN, BACK, TRUNK, SHOULDER, UPPER_ARM, ARM, FOREARM, THIGH, LEG, BUTTOCK -> L;
		};
	}
}
