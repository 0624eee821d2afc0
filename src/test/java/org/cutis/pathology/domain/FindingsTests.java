package org.cutis.pathology.domain;

import java.util.List;

import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.cscc.Differentiation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The pathologist's wording becomes the typed facts staging reads. */
class FindingsTests {

	@ParameterizedTest
	@CsvSource(value = { "well differentiated|WELL", "Moderately differentiated|MODERATE", "poorly differentiated|POOR",
			"undifferentiated|POOR", "poor|POOR", "저분화|POOR", "keratinising|NULL" }, delimiter = '|',
			nullValues = "NULL")
	void theReportsWordingBecomesTheGrade(String wording, Differentiation grade) {
		assertThat(PathologistWording.grade(wording)).isEqualTo(grade);
	}

	@ParameterizedTest
	@CsvSource(value = { "nodular, infiltrative|NODULAR,INFILTRATIVE", "nodular|NODULAR",
			"superficial; micronodular|SUPERFICIAL,MICRONODULAR", "unknown-pattern|NONE" }, delimiter = '|')
	void everyNamedSubtypeTheRulesKnowIsKept(String listed, String expected) {
		List<BccSubtype> subtypes = PathologistWording.subtypes(listed);
		assertThat(subtypes).containsExactlyElementsOf(expected.equals("NONE") ? List.of()
				: java.util.Arrays.stream(expected.split(",")).map(BccSubtype::valueOf).toList());
	}
}
