package org.cutis.clinic.visit.domain;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The note's JSON columns (examinations and references signed with the note as one document). */
final class NoteJson {
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NoteJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static <T> T read(String json, TypeReference<T> type) {
		return JSON.readValue(json == null ? "[]" : json, type);
	}
}
