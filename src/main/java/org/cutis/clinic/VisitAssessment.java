package org.cutis.clinic;

import java.util.Arrays;

/** The assessment of a visit; the code is the API's and the event's. */
public enum VisitAssessment {
	NO_EVIDENCE_OF_DISEASE("no-evidence-of-disease"), RELAPSE_SUSPECTED("relapse-suspected"),
	NEW_PRIMARY_SUSPECTED("new-primary-suspected"), SKIN_ADVERSE_EVENT("skin-adverse-event");

	private final String code;

	VisitAssessment(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static VisitAssessment fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(a -> a.code.equals(code.trim())).findFirst().orElse(null);
	}
}
