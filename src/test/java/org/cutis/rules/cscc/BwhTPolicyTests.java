package org.cutis.rules.cscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BWH T staging (reference 2.5, Decision 3). */
class BwhTPolicyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# factors: >=2 cm, poor differentiation, PNI >=0.1 mm, beyond fat; bone = T3
			diameterCm=1.5; differentiation=well                                                    | T1
			diameterCm=1.99; differentiation=moderate                                               | T1
			diameterCm=2.0; differentiation=well                                                    | T2a
			diameterCm=1.5; differentiation=poor                                                    | T2a
			diameterCm=1.5; perineuralNerveAtLeast01mm=true                                         | T2a
			diameterCm=1.5; beyondSubcutaneousFat=true                                              | T2a
			diameterCm=2.5; differentiation=poor                                                    | T2b
			diameterCm=1.0; differentiation=poor; perineuralNerveAtLeast01mm=true                   | T2b
			diameterCm=2.5; differentiation=poor; perineuralNerveAtLeast01mm=true                   | T2b
			diameterCm=2.5; differentiation=poor; perineuralNerveAtLeast01mm=true; beyondSubcutaneousFat=true | T3
			diameterCm=0.5; boneInvasion=true                                                        | T3
			boneInvasion=true                                                                        | T3
			differentiation=poor; perineuralNerveAtLeast01mm=true                                    | T2b
			""")
	void riskFactorCount(String spec, String expected) {
		assertThat(value("cscc.bwh", spec)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			differentiation=well                                                              | diameterCm
			differentiation=poor                                                              | diameterCm
			differentiation=poor; perineuralNerveAtLeast01mm=true; beyondSubcutaneousFat=true | diameterCm
			diameterCm=1; differentiation=undifferentiated                                    | differentiation
			""")
	void missingDiameterIsAnErrorOnlyWhenItDecides(String spec, String field) {
		assertThat(failure("cscc.bwh", spec).field()).isEqualTo(field);
	}
}
