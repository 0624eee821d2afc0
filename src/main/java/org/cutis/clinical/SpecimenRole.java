package org.cutis.clinical;

import java.util.Arrays;

/**
 * What a specimen is for, so its facts go where they belong: a diagnostic biopsy and a
 * recurrence set the primary's microstaging, a re-excision adds margins and residual disease
 * without lowering the thickness, a metastasis adds regional or distant disease to an existing
 * primary, and nodal specimens count involved nodes.
 */
public enum SpecimenRole {
	DIAGNOSTIC("diagnostic"), RE_EXCISION("re-excision"), RECURRENCE("recurrence"), METASTASIS("metastasis"),
	SENTINEL_NODE("sentinel-node"), LYMPH_NODE_DISSECTION("lymph-node-dissection");

	/** The roles a biopsy of a lesion on the body map may be ordered for. */
	public static final java.util.List<SpecimenRole> BIOPSY_PURPOSES = java.util.List.of(DIAGNOSTIC, RE_EXCISION,
			RECURRENCE, METASTASIS);

	private final String code;

	SpecimenRole(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** A specimen of the primary tumour itself, whose microstaging (thickness, ulceration) counts. */
	public boolean samplesPrimary() {
		return this == DIAGNOSTIC || this == RE_EXCISION || this == RECURRENCE;
	}

	public static SpecimenRole fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(r -> r.code.equals(code.trim())).findFirst().orElse(null);
	}
}
