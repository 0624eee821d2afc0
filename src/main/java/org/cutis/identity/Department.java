package org.cutis.identity;

/** The departments of the multidisciplinary skin cancer center. */
public enum Department {
	DERMATOLOGY, HEMATOLOGY_ONCOLOGY, PLASTIC_SURGERY, RADIATION_ONCOLOGY, PATHOLOGY, NURSING, ADMINISTRATION;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Department fromCode(String code) {
		return valueOf(code.trim().toUpperCase().replace('-', '_'));
	}
}
