package org.cutis.staging.application;

import org.cutis.clinical.Diagnosis;
import org.cutis.staging.DiagnosisKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathologyToStagingMappingTests {

	@ParameterizedTest
	@CsvSource(value = { "well differentiated|well", "Moderately differentiated|moderate", "poorly differentiated|poor",
			"undifferentiated|poor", "poor|poor", "keratinising|NULL" }, delimiter = '|', nullValues = "NULL")
	void theReportsWordingBecomesTheGradeStagingNeeds(String wording, String grade) {
		assertThat(PathologyToStaging.differentiation(wording)).isEqualTo(grade);
	}

	@ParameterizedTest
	@CsvSource({ "MELANOMA, MELANOMA", "MELANOMA_IN_SITU, MELANOMA", "CSCC, CSCC", "BCC, BCC",
			"MERKEL_CELL_CARCINOMA, OTHER", "BOWEN_DISEASE, OTHER" })
	void eachMalignantDiagnosisHasItsStagingKind(Diagnosis diagnosis, DiagnosisKind kind) {
		assertThat(PathologyToStaging.kind(diagnosis)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource(value = { "nodular, infiltrative|infiltrative", "nodular|nodular", "superficial; micronodular|micronodular" },
			delimiter = '|')
	void anAggressiveSubtypeDecides(String subtypes, String decisive) {
		assertThat(PathologyToStaging.bccSubtype(subtypes)).isEqualTo(decisive);
	}
}
