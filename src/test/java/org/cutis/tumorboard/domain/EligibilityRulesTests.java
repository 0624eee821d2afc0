package org.cutis.tumorboard.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The center's eligibility rules over the whole staging, not its headline. Stage groups from AJCC
 * 8th edition melanoma (Gershenwald et al., CA Cancer J Clin 2017, tables 3 and 4): T1b N0 M0 is
 * clinical IB and pathological IA; a melanoma without a determinable T (TX) cannot be staged.
 */
class EligibilityRulesTests {
	static final EligibilityRules DEFAULTS = new EligibilityRules("IB", true, "T3", "T2b", true);

	static CancerStaged staged(Diagnosis diagnosis, DiagnosisKind kind, boolean inSitu, String clinical,
			String pathological, String effective, String t, String bwh, boolean recurrence) {
		return new CancerStaged(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), kind,
				diagnosis, LocalDate.of(2026, 11, 2), effective, clinical, pathological, t, bwh, inSitu, recurrence,
				false, List.of());
	}

	@ParameterizedTest(name = "{9}: {0} c{3} p{4} stage {5} {6} BWH {7} recurrence {8} → [{10}]")
	@CsvSource(delimiter = '|', textBlock = """
			MELANOMA               | MELANOMA | false | IB   | IA   | IA   | pT1b  |     | false | T1b without SLNB: clinical IB although pathological IA | melanoma-stage
			MELANOMA               | MELANOMA | false | IA   | IA   | IA   | pT1a  |     | false | T1a: IA either way                                       |
			MELANOMA               | MELANOMA | false | IB   |      | IB   | pT2a  |     | false | pT2a pNX: only a clinical stage                          | melanoma-stage
			MELANOMA               | MELANOMA | false | IB   | IIIA | IIIA | pT2a  |     | false | positive sentinel node                                   | melanoma-stage
			MELANOMA               | MELANOMA | false | IA   | IA   | IB   | pT1b  |     | false | the effective (overridden) stage counts too              | melanoma-stage
			MELANOMA               | MELANOMA | false |      |      |      | pTX   |     | false | transected base: T indeterminate                         | stage-indeterminate
			MELANOMA               | MELANOMA | false |      |      |      |       |     | false | no T assigned                                            | stage-indeterminate
			MELANOMA               | MELANOMA | false | III  |      | III  | pTX   |     | false | nodes decide although T is unknown                       | melanoma-stage
			MELANOMA_IN_SITU       | MELANOMA | true  | 0    | 0    | 0    | pTis  |     | false | melanoma in situ                                         |
			MELANOMA_IN_SITU       | MELANOMA | true  |      |      |      |       |     | false | in situ is never indeterminate                           |
			                       | MELANOMA | false | IB   | IA   | IA   | pT1b  |     | false | diagnosis left out: kind and in-situ flag stand in       | melanoma-stage
			MERKEL_CELL_CARCINOMA  | OTHER    | false |      |      |      |       |     | false | every Merkel cell carcinoma                              | merkel-cell-carcinoma
			MERKEL_CELL_CARCINOMA  | OTHER    | false |      |      |      |       |     | true  | Merkel cell carcinoma recurring                          | merkel-cell-carcinoma recurrence
			DFSP                   | OTHER    | false |      |      |      |       |     | false | other malignancies have no rule                          |
			BCC                    | BCC      | false |      |      | high |       |     | true  | every recurrence                                         | recurrence
			BCC                    | BCC      | false |      |      | high |       |     | false | high-risk BCC is not a board rule                        |
			CSCC                   | CSCC     | false |      | II   | II   | pT2   | T2a | false | cSCC T2, BWH T2a                                         |
			CSCC                   | CSCC     | false |      | III  | III  | pT3   | T2a | false | cSCC AJCC T3                                             | high-risk-cscc
			CSCC                   | CSCC     | false |      |      |      |       | T2b | false | cSCC BWH T2b outside the head and neck                   | high-risk-cscc
			""")
	void proposesByTheCentersRules(Diagnosis diagnosis, DiagnosisKind kind, boolean inSitu, String clinical,
			String pathological, String effective, String t, String bwh, boolean recurrence, String why,
			String expected) {
		List<String> reasons = DEFAULTS
			.reasons(staged(diagnosis, kind, inSitu, clinical, pathological, effective, t, bwh, recurrence))
			.stream()
			.map(EligibilityReason::code)
			.toList();
		assertThat(reasons).as(why)
			.containsExactlyElementsOf(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
	}

	@Test
	void theThresholdsAreTheCentersToSet() {
		CancerStaged t1b = staged(Diagnosis.MELANOMA, DiagnosisKind.MELANOMA, false, "IB", "IA", "IA", "pT1b", null,
				false);
		assertThat(new EligibilityRules("IIA", true, "T3", "T2b", true).reasons(t1b)).isEmpty();
		CancerStaged merkel = staged(Diagnosis.MERKEL_CELL_CARCINOMA, DiagnosisKind.OTHER, false, null, null, null,
				null, null, true);
		assertThat(new EligibilityRules("IB", false, "T3", "T2b", false).reasons(merkel)).isEmpty();
	}

	@Test
	void refusesThresholdsThatAreNoStage() {
		assertThatThrownBy(() -> new EligibilityRules("IIE", true, "T3", "T2b", true))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EligibilityRules("IB", true, "T5", "T2b", true))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
