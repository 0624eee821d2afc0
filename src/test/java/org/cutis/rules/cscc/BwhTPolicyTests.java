package org.cutis.rules.cscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import java.util.List;

import org.cutis.rules.common.TumorDiameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BWH T staging (reference 2.5, Decision 3; missing inputs: issue 8, finding 12). */
class BwhTPolicyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# factors: >=2 cm, poor differentiation, PNI >=0.1 mm, beyond fat; bone = T3
			diameterCm=1.5; differentiation=well                                                    | T1
			diameterCm=1.99; differentiation=moderate                                               | T1
			diameterCm=2.0; differentiation=well                                                    | T2a
			diameterCm=1.5; differentiation=poor                                                    | T2a
			diameterCm=1.5; differentiation=well; perineuralNerveAtLeast01mm=true                   | T2a
			diameterCm=1.5; differentiation=moderate; beyondSubcutaneousFat=true                    | T2a
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

	/**
	 * Issue 8, finding 12: a missing diameter or differentiation that could change the class gives
	 * "indeterminate" naming them and the classes they decide between; differentiation not
	 * recorded is no longer read as "not poor" (it gave T1 for a 1 cm tumour).
	 */
	@ParameterizedTest(name = "{0} -> indeterminate, missing {1}, between {2}")
	@CsvSource(delimiter = '|', textBlock = """
			differentiation=well                                                              | diameterCm                  | T1 and T2a
			differentiation=poor                                                              | diameterCm                  | T2a and T2b
			differentiation=poor; perineuralNerveAtLeast01mm=true; beyondSubcutaneousFat=true | diameterCm                  | T2b and T3
			diameterCm=1.0                                                                    | differentiation             | T1 and T2a
			diameterCm=1.5; perineuralNerveAtLeast01mm=true                                   | differentiation             | T2a and T2b
			diameterCm=1.5; beyondSubcutaneousFat=true                                        | differentiation             | T2a and T2b
			diameterCm=2.5; perineuralNerveAtLeast01mm=true; beyondSubcutaneousFat=true       | differentiation             | T2b and T3
			''                                                                                | diameterCm, differentiation | T1, T2a and T2b
			perineuralNerveAtLeast01mm=true                                                   | diameterCm, differentiation | T2a and T2b
			perineuralNerveAtLeast01mm=true; beyondSubcutaneousFat=true                       | diameterCm, differentiation | T2b and T3
			""")
	void aMissingInputThatCouldChangeTheClassMakesItIndeterminate(String spec, String missing, String between) {
		var answer = success("cscc.bwh", spec);
		assertThat(answer.value()).isEqualTo("indeterminate");
		List<String> fields = List.of(missing.split(",\\s*"));
		assertThat(answer.result().get("missing")).isEqualTo(fields);
		assertThat(answer.result().keySet()).containsExactly("value", "missing");
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("Indeterminate")
			.contains(String.join(" and ", fields)).contains("between BWH " + between + ";"));
	}

	/** It still answers when no missing value could change it (issue 8, finding 12; reference 2.5). */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# bone invasion is T3 directly
			boneInvasion=true                                                  | T3  | diameterCm, differentiation
			diameterCm=0.5; boneInvasion=true                                  | T3  | differentiation
			# 2 recorded factors: a third still gives T2b
			differentiation=poor; perineuralNerveAtLeast01mm=true              | T2b | diameterCm
			diameterCm=2.5; perineuralNerveAtLeast01mm=true                    | T2b | differentiation
			diameterCm=3.0; beyondSubcutaneousFat=true                         | T2b | differentiation
			""")
	void answersWhenNoMissingValueCouldChangeIt(String spec, String expected, String unrecorded) {
		var answer = success("cscc.bwh", spec);
		assertThat(answer.value()).isEqualTo(expected);
		assertThat(answer.result()).doesNotContainKey("missing");
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("Not recorded, but it cannot change the class")
			.endsWith(unrecorded));
	}

	@Test
	void theTypedClassCarriesTheClassesStillPossible() {
		var t = new BwhTPolicy().classify(new BwhFindings(TumorDiameter.ofCm("1.0"), null, false, false, false));
		assertThat(t.value().isIndeterminate()).isTrue();
		assertThat(t.value().possible()).containsExactly(BwhT.T1, BwhT.T2A);
		assertThat(t.value().missing()).containsExactly(BwhTPolicy.DIFFERENTIATION);
		var known = new BwhTPolicy().classify(new BwhFindings(TumorDiameter.ofCm("1.0"), Differentiation.WELL, false, false, false));
		assertThat(known.value().value()).contains(BwhT.T1);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			diameterCm=1; differentiation=undifferentiated                                    | differentiation
			diameterCm=-1; differentiation=well                                               | diameterCm
			""")
	void invalidInputIsAnError(String spec, String field) {
		assertThat(failure("cscc.bwh", spec).field()).isEqualTo(field);
	}
}
