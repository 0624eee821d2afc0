package org.cutis.rules.melanoma;

/**
 * AJCC 8th melanoma stage groups in order of extent. Clinical staging has a single stage III;
 * pathological staging splits it into IIIA-IIID.
 */
public enum MelanomaStage {
	STAGE_0("0"), IA("IA"), IB("IB"), IIA("IIA"), IIB("IIB"), IIC("IIC"),
	III("III"), IIIA("IIIA"), IIIB("IIIB"), IIIC("IIIC"), IIID("IIID"), IV("IV");

	private final String code;

	MelanomaStage(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static MelanomaStage fromCode(String code) {
		for (MelanomaStage s : values()) {
			if (s.code.equalsIgnoreCase(code.trim())) {
				return s;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return code;
	}
}
