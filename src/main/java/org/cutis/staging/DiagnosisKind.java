package org.cutis.staging;

/** The primary cancers Cutis stages; {@code OTHER} is a malignancy without a staging rule here (e.g. Merkel cell). */
public enum DiagnosisKind {
	MELANOMA, CSCC, BCC, OTHER;

	public String code() {
		return name().toLowerCase();
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
