package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NCCN wide-excision margins (reference 4.1, Decision 6) and SLNB tiers (reference 4.2, Decision 7). */
class MarginAndSentinelNodeTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			inSitu=true      | 0.5-1 cm | 0.5 | 1.0
			breslowMm=0.3    | 1 cm     | 1   | 1
			breslowMm=1.0    | 1 cm     | 1   | 1
			breslowMm=1.04   | 1 cm     | 1   | 1
			breslowMm=1.05   | 1-2 cm   | 1   | 2
			breslowMm=1.5    | 1-2 cm   | 1   | 2
			breslowMm=2.0    | 1-2 cm   | 1   | 2
			breslowMm=2.1    | 2 cm     | 2   | 2
			breslowMm=3.0    | 2 cm     | 2   | 2
			breslowMm=4.0    | 2 cm     | 2   | 2
			breslowMm=6.5    | 2 cm     | 2   | 2
			""")
	void marginByThickness(String spec, String label, BigDecimal minCm, BigDecimal maxCm) {
		var result = success("melanoma.margin", spec).result();
		assertThat(result.get("value")).isEqualTo(label);
		assertThat((BigDecimal) result.get("minCm")).isEqualByComparingTo(minCm);
		assertThat((BigDecimal) result.get("maxCm")).isEqualByComparingTo(maxCm);
	}

	@Test
	void exactlyTwoMillimetresExplainsTheAadOverlap() {
		assertThat(success("melanoma.margin", "breslowMm=2.0").explanation()).anySatisfy(line -> assertThat(line).contains("AAD"));
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                           | breslowMm
			breslowMm=-1                 | breslowMm
			inSitu=true; breslowMm=0.4   | breslowMm
			""")
	void marginNeedsThicknessOrInSitu(String spec, String field) {
		assertThat(failure("melanoma.margin", spec).field()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tis | not-indicated
			T1a | not-recommended
			T1b | consider
			T2a | offer
			T2b | offer
			T3a | offer
			T3b | offer
			T4a | offer
			T4b | offer
			""")
	void sentinelNodeTiers(String t, String expected) {
		assertThat(value("melanoma.slnb", "t=" + t)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on t")
	@CsvSource({"t=T0", "t=TX", "t=T9", "''"})
	void sentinelNodeNeedsAPrimaryCategory(String spec) {
		assertThat(failure("melanoma.slnb", spec).field()).isEqualTo("t");
	}
}
