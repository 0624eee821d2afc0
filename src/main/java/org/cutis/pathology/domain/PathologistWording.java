package org.cutis.pathology.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.cscc.Differentiation;

/**
 * What staging reads from the pathologist's own words in the findings: the differentiation as a
 * grade, the BCC subtypes as those the rules know. The words are kept as written; only what they
 * name is read, in English or Korean.
 */
final class PathologistWording {
	private PathologistWording() {
	}

	/**
	 * The report's differentiation is the pathologist's wording ("moderately differentiated");
	 * staging needs the grade. Wording that names no grade stays "not recorded".
	 */
	static Differentiation grade(String wording) {
		if (wording == null) {
			return null;
		}
		String text = wording.toLowerCase();
		if (text.contains("poor") || text.contains("undifferentiated") || text.contains("저분화")) {
			return Differentiation.POOR;
		}
		if (text.contains("moderate") || text.contains("중등도")) {
			return Differentiation.MODERATE;
		}
		if (text.contains("well") || text.contains("고분화")) {
			return Differentiation.WELL;
		}
		return null;
	}

	/** The BCC subtypes the pathologist listed ("nodular, infiltrative"), those the rules know. */
	static List<BccSubtype> subtypes(String listed) {
		if (listed == null || listed.isBlank()) {
			return List.of();
		}
		List<BccSubtype> known = new ArrayList<>();
		for (String named : listed.split("[,;/]")) {
			Arrays.stream(BccSubtype.values())
				.filter(s -> s.code().equalsIgnoreCase(named.trim()))
				.findFirst()
				.ifPresent(known::add);
		}
		return known;
	}
}
