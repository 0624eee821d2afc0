package org.cutis.search.query;

import java.util.UUID;

/**
 * One result: {@code snippet} is HTML, its text escaped and only the matched words wrapped in
 * {@code <mark>}; {@code link} opens the record. {@code titleHtml} is the title so marked, for the
 * page (the API's title stays plain text).
 */
public record SearchHit(String type, UUID id, UUID patientId, String title, String snippet, String link,
		String titleHtml) {
}
