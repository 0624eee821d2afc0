package org.cutis.rules.common;

/**
 * The clinic's shared site vocabulary (rules contract). Each rule maps these sites to its own
 * areas: the Mohs AUC H/M/L areas and the NCCN BCC areas differ, so no area is stored here.
 */
public enum AnatomicSite implements Coded {
	SCALP("scalp"), FOREHEAD("forehead"), TEMPLE("temple"), EYEBROW("eyebrow"), EYELID("eyelid"),
	PERIORBITAL("periorbital"), NOSE("nose"), CHEEK("cheek"), LIP("lip"), CHIN("chin"), JAWLINE("jawline"),
	EAR("ear"), PREAURICULAR("preauricular"), POSTAURICULAR("postauricular"), NECK("neck"), CHEST("chest"),
	ABDOMEN("abdomen"), BACK("back"), TRUNK("trunk"), SHOULDER("shoulder"), UPPER_ARM("upper-arm"), ARM("arm"),
	FOREARM("forearm"), HAND("hand"), FINGER("finger"), NAIL_UNIT("nail-unit"), THIGH("thigh"), LEG("leg"),
	PRETIBIAL("pretibial"), ANKLE("ankle"), FOOT("foot"), TOE("toe"), GENITALIA("genitalia"),
	PERIANAL("perianal"), NIPPLE("nipple"), BUTTOCK("buttock");

	private final String code;

	AnatomicSite(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public static AnatomicSite fromCode(String code) {
		return Coded.fromCode(AnatomicSite.class, code, "site");
	}
}
