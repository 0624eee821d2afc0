package org.cutis.clinic.visit.domain;

import java.util.Arrays;
import java.util.UUID;

/**
 * One lesion of the patient as examined at the visit: unchanged, changed (and what changed), or
 * new (added to the registry from this note).
 *
 * @param change what changed, required for {@link Finding#CHANGED}; null otherwise
 */
public record LesionReview(UUID lesionId, Finding finding, String change) {

	public enum Finding {
		UNCHANGED("unchanged"), CHANGED("changed"), NEW("new");

		private final String code;

		Finding(String code) {
			this.code = code;
		}

		@com.fasterxml.jackson.annotation.JsonValue
		public String code() {
			return code;
		}

		@com.fasterxml.jackson.annotation.JsonCreator
		public static Finding fromCode(String code) {
			return code == null ? null
					: Arrays.stream(values()).filter(f -> f.code.equals(code.trim())).findFirst().orElse(null);
		}
	}
}
