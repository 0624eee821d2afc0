package org.cutis.rules.bcc;

import org.cutis.rules.common.AnatomicSite;

/**
 * Where NCCN BCC v2.2021 puts a site: the face's "mask areas", genitalia, hands and feet and
 * the cheeks, forehead, scalp, neck and pretibia are high risk at any size; trunk and
 * extremities are high risk from 2 cm. These are NCCN's areas, not the Mohs AUC areas.
 */
public enum BccLocation {
	MASK_GENITALIA_HANDS_FEET("mask area of the face, genitalia, hands or feet"),
	CHEEK_FOREHEAD_SCALP_NECK_PRETIBIA("cheeks, forehead, scalp, neck or pretibia"),
	TRUNK_EXTREMITIES("trunk or extremities");

	private final String description;

	BccLocation(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	public boolean isHighRiskAtAnySize() {
		return this != TRUNK_EXTREMITIES;
	}

	public static BccLocation of(AnatomicSite site) {
		return switch (site) {
			// NCCN mask area: central face, eyelids, eyebrows, periorbital, nose, lips, chin, mandible
			// (jawline), pre/postauricular skin, temple, ear. Fingers, toes and nail units are on hands/feet;
			// perianal skin is treated as anogenital.
			case EYELID, EYEBROW, PERIORBITAL, NOSE, LIP, CHIN, JAWLINE, EAR, PREAURICULAR, POSTAURICULAR, TEMPLE,
					GENITALIA, PERIANAL, HAND, FINGER, FOOT, TOE, NAIL_UNIT -> MASK_GENITALIA_HANDS_FEET;
			case CHEEK, FOREHEAD, SCALP, NECK, PRETIBIAL -> CHEEK_FOREHEAD_SCALP_NECK_PRETIBIA;
			// NCCN does not list nipples (unlike the Mohs AUC) nor ankles among the high-risk sites.
			case CHEST, ABDOMEN, BACK, TRUNK, SHOULDER, UPPER_ARM, ARM, FOREARM, THIGH, LEG, ANKLE, NIPPLE, BUTTOCK ->
					TRUNK_EXTREMITIES;
		};
	}
}
