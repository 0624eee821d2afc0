package org.cutis.rules.common;

/** Clinical (cTNM) or pathological (pTNM) classification; AJCC stage groups differ between them. */
public enum StagingClassification implements Coded {
	CLINICAL("clinical"), PATHOLOGICAL("pathological");

	private final String code;

	StagingClassification(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
