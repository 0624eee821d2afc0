package org.cutis.clinical;

/**
 * How a TNM category was established (AJCC 8th general rules): clinical (examination, imaging,
 * biopsy of the primary for melanoma microstaging), pathological (resection and nodal
 * pathology), after neoadjuvant therapy (yp) or at recurrence (r).
 */
public enum TnmPrefix {
	C("c"), P("p"), YP("yp"), R("r");

	private final String code;

	TnmPrefix(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
