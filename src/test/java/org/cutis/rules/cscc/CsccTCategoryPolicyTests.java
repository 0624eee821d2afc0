package org.cutis.rules.cscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AJCC 8th head and neck cutaneous carcinoma T (reference 2.1, Decision 2: AJCC "<2 / ≥2–<4 / ≥4 cm"). */
class CsccTCategoryPolicyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			inSitu=true                                   | Tis
			inSitu=true; diameterCm=1.2                   | Tis
			''                                            | TX
			diameterCm=0.5                                | T1
			diameterCm=1.99                               | T1
			diameterCm=2.0                                | T2
			diameterCm=3.99                               | T2
			diameterCm=4.0                                | T3
			diameterCm=5.0                                | T3
			diameterCm=1.5; bone=minor-erosion            | T3
			diameterCm=1.0; perineuralInvasion=true       | T3
			diameterCm=1.0; beyondSubcutaneousFat=true    | T3
			diameterCm=1.0; depthMm=6                     | T1
			diameterCm=1.0; depthMm=6.1                   | T3
			depthMm=7                                     | T3
			perineuralInvasion=true                       | T3
			diameterCm=1.0; bone=gross-cortical           | T4a
			diameterCm=5.0; bone=gross-cortical           | T4a
			diameterCm=1.0; bone=skull-base               | T4b
			bone=skull-base; perineuralInvasion=true      | T4b
			diameterCm=3.0; bone=none                     | T2
			""")
	void tableCategories(String spec, String expected) {
		assertThat(value("cscc.t", spec)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} cm explains the AJCC/UICC difference")
	@CsvSource({"2.0", "4.0", "2", "4.00"})
	void exactBoundariesExplainWhichWordingCutisFollows(String cm) {
		assertThat(success("cscc.t", "diameterCm=" + cm).explanation()).anySatisfy(line -> assertThat(line)
				.contains("AJCC (NCI Thesaurus) and UICC texts differ")
				.contains("Cutis follows the AJCC wording \"<2 / ≥2–<4 / ≥4 cm\"")
				.contains("Decision 2"));
	}

	@Test
	void otherSizesDoNotCarryTheBoundaryNote() {
		assertThat(success("cscc.t", "diameterCm=2.1").explanation()).noneSatisfy(line -> assertThat(line).contains("UICC"));
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			diameterCm=-1                   | diameterCm
			diameterCm=101                  | diameterCm
			diameterCm=big                  | diameterCm
			depthMm=-2                      | depthMm
			bone=maxilla                    | bone
			inSitu=true; depthMm=2          | inSitu
			perineuralInvasion=1            | perineuralInvasion
			""")
	void invalidInput(String spec, String field) {
		assertThat(failure("cscc.t", spec).field()).isEqualTo(field);
	}
}
