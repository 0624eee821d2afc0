package org.cutis.oncology.domain;

import java.util.Optional;

/** Why radiation is given: as the definitive treatment, after surgery, or to relieve symptoms. */
public enum RadiotherapyIntent {
	DEFINITIVE, ADJUVANT, PALLIATIVE;

	public String code() {
		return Coded.code(this);
	}

	public static Optional<RadiotherapyIntent> fromCode(String code) {
		return Coded.parse(RadiotherapyIntent.class, code);
	}

	public static String allowed() {
		return Coded.allowed(RadiotherapyIntent.class);
	}
}
