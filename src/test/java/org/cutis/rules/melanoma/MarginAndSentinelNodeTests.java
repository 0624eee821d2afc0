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

	/**
	 * Issue 8, finding 10: ITM (microsatellites, satellite or in-transit metastases) is stage III
	 * N1c at least whatever the T, and NCCN considers SLNB for it; the Cutis reference is silent
	 * (docs/rules-decisions.md). Finding 9: with uncertain microstaging NCCN allows SLNB to be
	 * discussed for T1a (reference 4.2, "only if microstaging uncertain").
	 */
	@ParameterizedTest(name = "{0} itm={1} microstagingUncertain={2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			T1a | false | false | not-recommended
			T1a | true  | false | consider
			T1a | false | true  | consider
			T1a | true  | true  | consider
			Tis | true  | false | consider
			T1b | true  | false | consider
			T2a | true  | false | offer
			T4b | true  | false | offer
			Tis | false | true  | not-indicated
			T1b | false | true  | consider
			T3a | false | true  | offer
			""")
	void itmAndUncertainMicrostagingRaiseTheThinTiers(String t, boolean itm, boolean uncertain, String expected) {
		var answer = success("melanoma.slnb", "t=" + t + "; itm=" + itm + "; microstagingUncertain=" + uncertain);
		assertThat(answer.value()).isEqualTo(expected);
		assertThat(answer.explanation()).noneSatisfy(line -> assertThat(line).contains("not used"));
		if (itm) {
			assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).contains("stage III (N1c at least)"));
			assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("NCCN")
				.contains("microsatellite, satellite or in-transit"));
		}
		if (uncertain) {
			assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("Microstaging is uncertain")
				.contains("minimum"));
			if (t.equals("T1a")) {
				assertThat(answer.explanation()).anySatisfy(line -> assertThat(line)
					.contains("for T1a, SLNB may be discussed if microstaging is uncertain"));
			}
		} else {
			assertThat(answer.explanation()).noneSatisfy(line -> assertThat(line).startsWith("Microstaging is uncertain"));
		}
	}

	@Test
	void t1aWithUncertainMicrostagingSaysWhyItIsConsidered() {
		var answer = success("melanoma.slnb", "t=T1a; microstagingUncertain=true");
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line)
			.isEqualTo("Microstaging is uncertain (e.g. a transected deep margin): the recorded thickness is a minimum and the true T category may be higher; re-biopsy or excise if the specimen cannot be microstaged"));
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).contains("may be discussed if microstaging is uncertain")
			.contains("'consider', not 'not-recommended'"));
	}

	@Test
	void theTypedEntryPointsAgree() {
		SentinelNodeBiopsyPolicy policy = new SentinelNodeBiopsyPolicy();
		assertThat(policy.recommend(MelanomaT.T1A).value()).isEqualTo(SlnbRecommendation.NOT_RECOMMENDED);
		assertThat(policy.recommend(MelanomaT.T1A, false, false)).isEqualTo(policy.recommend(MelanomaT.T1A));
		assertThat(policy.recommend(MelanomaT.T1A, true, false).value()).isEqualTo(SlnbRecommendation.CONSIDER);
		assertThat(policy.recommend(MelanomaT.T1A, false, true).value()).isEqualTo(SlnbRecommendation.CONSIDER);
		assertThat(policy.recommend(MelanomaT.T2A, true, true).value()).isEqualTo(SlnbRecommendation.OFFER);
	}

	@ParameterizedTest(name = "{0} -> error on t")
	@CsvSource({"t=T0", "t=TX", "t=T9", "''"})
	void sentinelNodeNeedsAPrimaryCategory(String spec) {
		assertThat(failure("melanoma.slnb", spec).field()).isEqualTo("t");
	}
}
