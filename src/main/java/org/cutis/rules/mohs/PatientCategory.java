package org.cutis.rules.mohs;

import org.cutis.rules.common.Coded;

/** Mohs AUC patient categories (reference 6.2). */
public enum PatientCategory implements Coded {
	/** No immunosuppression, prior radiation, chronic infection or genetic syndrome. */
	HEALTHY("healthy"),
	/** HIV, organ transplant, haematologic malignancy, pharmacologic immunosuppression. */
	IMMUNOCOMPROMISED("immunocompromised"),
	/** Basal cell naevus syndrome, xeroderma pigmentosum and other high-risk syndromes. */
	GENETIC_SYNDROME("genetic-syndrome");

	private final String code;

	PatientCategory(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
