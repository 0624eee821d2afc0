package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import org.cutis.rules.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AJCC 8th melanoma T (reference 1.2; rounding per 1.1 and Decision 1). */
class MelanomaTCategoryPolicyTests {

	private final MelanomaTCategoryPolicy policy = new MelanomaTCategoryPolicy();

	@ParameterizedTest(name = "{0} mm, ulceration {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# Breslow | ulcerated | T   -- reference 1.2 table, upper bounds inclusive
			0         | false     | T1a
			0.1       | false     | T1a
			0.7       | false     | T1a
			0.74      | false     | T1a
			0.7       | true      | T1b
			0.74      | true      | T1b
			0.75      | false     | T1b
			0.8       | false     | T1b
			0.8       | true      | T1b
			0.9       | false     | T1b
			1.0       | false     | T1b
			1.0       | true      | T1b
			1.04      | false     | T1b
			1.04      | true      | T1b
			1.05      | false     | T2a
			1.05      | true      | T2b
			1.1       | false     | T2a
			1.5       | true      | T2b
			2.0       | false     | T2a
			2.0       | true      | T2b
			2.04      | false     | T2a
			2.05      | false     | T3a
			2.1       | true      | T3b
			3.0       | false     | T3a
			4.0       | false     | T3a
			4.0       | true      | T3b
			4.04      | true      | T3b
			4.05      | false     | T4a
			4.06      | false     | T4a
			4.1       | true      | T4b
			12.5      | false     | T4a
			100       | true      | T4b
			""")
	void thicknessAndUlcerationGiveTheTableCategory(String breslow, boolean ulceration, String expected) {
		assertThat(value("melanoma.t", "breslowMm=" + breslow + "; ulceration=" + ulceration)).isEqualTo(expected);
		assertThat(policy.classify(BreslowThickness.ofMm(breslow), ulceration).code()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			inSitu=true                    | Tis
			primaryFound=false             | T0
			ulceration=true                | TX
			''                             | TX
			""")
	void specialCategories(String spec, String expected) {
		assertThat(value("melanoma.t", spec)).isEqualTo(expected);
	}

	@Test
	void roundingIsExplainedWithBothReadings() {
		assertThat(success("melanoma.t", "breslowMm=0.75").explanation())
				.anySatisfy(line -> assertThat(line).contains("0.75 mm").contains("0.8 mm"));
		assertThat(success("melanoma.t", "breslowMm=0.8").explanation())
				.noneSatisfy(line -> assertThat(line).contains("recorded as"));
	}

	@Test
	void binaryFloatingPointInputStillRoundsHalfUp() {
		// 0.85 as a double is 0.84999...; the engine must read it as the decimal the user typed.
		var input = new java.util.HashMap<String, Object>();
		input.put("breslowMm", 0.85d);
		assertThat(success("melanoma.t", input).explanation()).anySatisfy(line -> assertThat(line).contains("0.9 mm"));
		input.put("breslowMm", 1.05d);
		assertThat(success("melanoma.t", input).value()).isEqualTo("T2a");
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			breslowMm=-0.1                        | breslowMm
			breslowMm=100.1                       | breslowMm
			breslowMm=thick                       | breslowMm
			ulceration=yes; breslowMm=1           | ulceration
			inSitu=true; breslowMm=0.5            | breslowMm
			primaryFound=false; breslowMm=0.5     | primaryFound
			""")
	void invalidInputNamesTheField(String spec, String field) {
		assertThat(failure("melanoma.t", spec).field()).isEqualTo(field);
	}

	@Test
	void rangeErrorStatesTheAllowedRange() {
		assertThat(failure("melanoma.t", "breslowMm=101").message()).isEqualTo("Breslow thickness must be between 0 and 100 mm");
		assertThatThrownBy(() -> BreslowThickness.ofMm("-1")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void recordedThicknessIsHalfUpToOneDecimal() {
		assertThat(BreslowThickness.ofMm("0.75").recordedMm()).isEqualByComparingTo("0.8");
		assertThat(BreslowThickness.ofMm("0.749").recordedMm()).isEqualByComparingTo("0.7");
		assertThat(BreslowThickness.ofMm("3.95").recordedMm()).isEqualByComparingTo("4.0");
	}
}
