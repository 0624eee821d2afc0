package org.cutis.staging;

import org.cutis.clinical.Diagnosis;

/** The primary cancers Cutis stages; {@code OTHER} is a malignancy without a staging rule here (e.g. Merkel cell). */
public enum DiagnosisKind {
	MELANOMA, CSCC, BCC, OTHER;

	public String code() {
		return name().toLowerCase();
	}

	/** Melanoma (also in situ), cSCC and BCC have staging rules; other malignancies are recorded unstaged. */
	public static DiagnosisKind of(Diagnosis diagnosis) {
		return switch (diagnosis) {
			case MELANOMA, MELANOMA_IN_SITU, MELANOMA_METASTASIS -> MELANOMA;
			case CSCC -> CSCC;
			case BCC -> BCC;
			default -> OTHER;
		};
	}

	public static DiagnosisKind fromCode(String code) {
		for (DiagnosisKind kind : values()) {
			if (kind.code().equalsIgnoreCase(code.trim())) {
				return kind;
			}
		}
		return null;
	}
}
