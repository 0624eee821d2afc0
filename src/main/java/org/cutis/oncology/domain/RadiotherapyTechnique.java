package org.cutis.oncology.domain;

import java.util.Optional;

/**
 * How the dose is delivered: conformal photons (3D-CRT), intensity-modulated (IMRT, VMAT),
 * electrons and superficial X-rays for skin, stereotactic radiosurgery or body radiotherapy for
 * brain and other metastases, brachytherapy.
 */
public enum RadiotherapyTechnique {
	THREE_D_CRT("3d-crt"), IMRT("imrt"), VMAT("vmat"), ELECTRONS("electrons"), SUPERFICIAL_XRAY("superficial-xray"),
	SRS("srs"), SBRT("sbrt"), BRACHYTHERAPY("brachytherapy");

	private final String code;

	RadiotherapyTechnique(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<RadiotherapyTechnique> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toLowerCase(java.util.Locale.ROOT);
		return java.util.Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", java.util.Arrays.stream(values()).map(RadiotherapyTechnique::code).toList());
	}
}
