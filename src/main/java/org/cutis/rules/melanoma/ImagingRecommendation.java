package org.cutis.rules.melanoma;

/** Whether staging imaging and LDH are part of the melanoma work-up at a stage (NCCN work-up). */
public enum ImagingRecommendation {
	/** Not routine: image only to evaluate specific signs or symptoms. */
	NOT_ROUTINE("not-routine"),
	/** May be considered. */
	CONSIDER("consider"),
	/** Baseline imaging recommended. */
	RECOMMENDED("recommended");

	private final String code;

	ImagingRecommendation(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
