package org.cutis.clinic.visit.domain;

import java.util.Arrays;
import java.util.UUID;

/**
 * A result the doctor reviewed at the visit, by reference: what kind of record it is and its id (a
 * signed pathology report, or a resulted work-up order: imaging, SLNB, LDH). Kept typed on the signed
 * note so the note links the very report read, not a copy of its words.
 */
public record ReviewedResult(Kind kind, UUID id) {

	public enum Kind {
		PATHOLOGY_REPORT("pathology-report"), WORKUP_RESULT("workup-result");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		@com.fasterxml.jackson.annotation.JsonValue
		public String code() {
			return code;
		}

		@com.fasterxml.jackson.annotation.JsonCreator
		public static Kind fromCode(String code) {
			return code == null ? null
					: Arrays.stream(values()).filter(k -> k.code.equals(code.trim())).findFirst().orElse(null);
		}
	}
}
