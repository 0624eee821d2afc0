package org.cutis.patient;

/** Administrative sex with the FHIR codes (female, male, other, unknown). */
public enum Sex {
	FEMALE, MALE, OTHER, UNKNOWN;

	public String code() {
		return name().toLowerCase();
	}

	public static Sex fromCode(String code) {
		for (Sex sex : values()) {
			if (sex.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
				return sex;
			}
		}
		return null;
	}
}
