package org.cutis.rules.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;

import org.cutis.rules.RuleOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** CTCAE v5.0 dermatology grades (reference 7): every defined grade of every supported term. */
class CtcaeGradingPolicyTests {

	private static RuleOutcome.Success grade(String term, String findings) {
		return success("ctcae.grade", "term=" + term + (findings.isBlank() ? "" : "; " + findings));
	}

	@ParameterizedTest(name = "{0}: {1} -> grade {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Rash acneiform | bsaPercent=5 | 1
			Rash acneiform | bsaPercent=10 | 2
			Rash acneiform | bsaPercent=20; psychosocialImpact=true; adlLimit=instrumental | 2
			Rash acneiform | bsaPercent=5; psychosocialImpact=true | 2
			Rash acneiform | bsaPercent=30 | 2
			Rash acneiform | bsaPercent=35; symptoms=mild | 2
			Rash acneiform | bsaPercent=35; symptoms=none | 2
			Rash acneiform | bsaPercent=35; symptoms=moderate | 3
			Rash acneiform | bsaPercent=5; adlLimit=self-care | 3
			Rash acneiform | bsaPercent=5; superinfection=local-oral-antibiotics | 3
			Rash acneiform | bsaPercent=15; superinfection=extensive-iv-antibiotics | 4
			Rash acneiform | bsaPercent=5; lifeThreatening=true | 4
			Rash acneiform | fatal=true | 5
			Rash maculo-papular | bsaPercent=9.9 | 1
			Rash maculo-papular | bsaPercent=25 | 2
			Rash maculo-papular | bsaPercent=35; symptoms=mild | 2
			Rash maculo-papular | bsaPercent=5; adlLimit=instrumental | 2
			Rash maculo-papular | bsaPercent=31; symptoms=severe | 3
			Rash maculo-papular | adlLimit=self-care | 3
			Palmar-plantar erythrodysesthesia syndrome | symptoms=mild | 1
			Palmar-plantar erythrodysesthesia syndrome | pain=true | 2
			Palmar-plantar erythrodysesthesia syndrome | pain=true; adlLimit=instrumental | 2
			Palmar-plantar erythrodysesthesia syndrome | pain=true; symptoms=severe | 3
			Palmar-plantar erythrodysesthesia syndrome | adlLimit=self-care | 3
			Pruritus | extent=localized; treatment=topical | 1
			Pruritus | symptoms=mild | 1
			Pruritus | extent=widespread-intermittent; treatment=oral; adlLimit=instrumental | 2
			Pruritus | treatment=oral | 2
			Pruritus | extent=widespread-constant | 3
			Pruritus | treatment=systemic-immunosuppressive | 3
			Pruritus | adlLimit=self-care | 3
			Dry skin | bsaPercent=5 | 1
			Dry skin | bsaPercent=15; symptoms=mild; adlLimit=instrumental | 2
			Dry skin | bsaPercent=15; symptoms=mild | 2
			Dry skin | bsaPercent=15; symptoms=none | 1
			Dry skin | adlLimit=instrumental | 2
			Dry skin | bsaPercent=40; symptoms=moderate | 3
			Dry skin | bsaPercent=40; symptoms=none | 2
			Dry skin | adlLimit=self-care | 3
			Paronychia | '' | 1
			Paronychia | treatment=oral; pain=true; adlLimit=instrumental | 2
			Paronychia | treatment=topical | 2
			Paronychia | pain=true | 2
			Paronychia | treatment=iv-antibiotics | 3
			Paronychia | treatment=operative | 3
			Paronychia | adlLimit=self-care | 3
			Alopecia | hairLossPercent=30 | 1
			Alopecia | hairLossPercent=49.9 | 1
			Alopecia | hairLossPercent=50 | 2
			Alopecia | hairLossPercent=60; wigNeeded=true | 2
			Alopecia | hairLossPercent=20; psychosocialImpact=true | 2
			Skin hyperpigmentation | bsaPercent=5 | 1
			Skin hyperpigmentation | bsaPercent=10 | 1
			Skin hyperpigmentation | bsaPercent=10.5 | 2
			Skin hyperpigmentation | bsaPercent=5; psychosocialImpact=true | 2
			Photosensitivity | bsaPercent=5 | 1
			Photosensitivity | bsaPercent=20; pain=true | 2
			Photosensitivity | bsaPercent=40; blistering=true | 3
			Photosensitivity | bsaPercent=40 | 2
			Photosensitivity | bsaPercent=5; treatment=oral | 3
			Photosensitivity | lifeThreatening=true | 4
			Photosensitivity | fatal=true | 5
			Erythema multiforme | bsaPercent=5 | 1
			Erythema multiforme | bsaPercent=20; pain=true | 2
			Erythema multiforme | bsaPercent=35; mucosalErosions=true | 3
			Erythema multiforme | bsaPercent=35; lifeThreatening=true | 4
			Erythema multiforme | fatal=true | 5
			Stevens-Johnson syndrome | bsaPercent=5; skinSloughing=true | 3
			Stevens-Johnson syndrome | '' | 3
			Stevens-Johnson syndrome | bsaPercent=10; skinSloughing=true | 4
			Stevens-Johnson syndrome | bsaPercent=30; skinSloughing=true | 4
			Stevens-Johnson syndrome | fatal=true | 5
			Toxic epidermal necrolysis | bsaPercent=30; skinSloughing=true | 4
			Toxic epidermal necrolysis | bsaPercent=60; skinSloughing=true | 4
			Toxic epidermal necrolysis | fatal=true | 5
			Dermatitis radiation | desquamation=dry | 1
			Dermatitis radiation | desquamation=moist-folds | 2
			Dermatitis radiation | desquamation=moist-beyond-folds | 3
			Dermatitis radiation | bleedingMinorTrauma=true | 3
			Dermatitis radiation | lifeThreatening=true | 4
			Dermatitis radiation | fatal=true | 5
			Nail changes | '' | 1
			Nail discoloration | '' | 1
			Nail ridging | '' | 1
			Nail loss | symptoms=none | 1
			Nail loss | symptoms=mild | 2
			Nail loss | pain=true | 2
			Nail loss | adlLimit=instrumental | 2
			Bullous dermatitis | bsaPercent=5 | 1
			Bullous dermatitis | bsaPercent=15 | 2
			Bullous dermatitis | bsaPercent=5; pain=true | 2
			Bullous dermatitis | bsaPercent=31 | 3
			Bullous dermatitis | adlLimit=self-care | 3
			Bullous dermatitis | bsaPercent=40; lifeThreatening=true | 4
			Bullous dermatitis | fatal=true | 5
			""")
	void everyGradeOfEverySupportedTerm(String term, String findings, int expected) {
		RuleOutcome.Success result = grade(term, findings);
		assertThat(result.value()).isEqualTo(expected);
		assertThat(result.result()).containsOnlyKeys("value", "definition");
		assertThat(result.result().get("definition")).isEqualTo(CtcaeTerm.byName(term).definition(expected));
		assertThat(result.ruleSet()).isEqualTo("CTCAE-5.0");
	}

	@ParameterizedTest(name = "{0}: {1} -> capped at grade {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Rash maculo-papular | lifeThreatening=true | 3
			Rash maculo-papular | fatal=true | 3
			Alopecia | fatal=true | 2
			Nail changes | adlLimit=self-care; lifeThreatening=true | 1
			Nail loss | adlLimit=self-care | 2
			Pruritus | lifeThreatening=true | 3
			""")
	void gradesATermDoesNotDefineAreCappedAndExplained(String term, String findings, int expected) {
		RuleOutcome.Success result = grade(term, findings);
		assertThat(result.value()).isEqualTo(expected);
		assertThat(result.explanation()).anySatisfy(line -> assertThat(line).contains("does not define"));
	}

	@Test
	void tenBelowThirtyPercentSuggestsSjs() {
		RuleOutcome.Success result = grade("Toxic epidermal necrolysis", "bsaPercent=20; skinSloughing=true");
		assertThat(result.value()).isEqualTo(4);
		assertThat(result.explanation()).anySatisfy(line -> assertThat(line).contains("Stevens-Johnson"));
	}

	@Test
	void findingsThatAreNotCriteriaAreReportedAsUnused() {
		assertThat(grade("Rash maculo-papular", "bsaPercent=5; psychosocialImpact=true").explanation())
				.anySatisfy(line -> assertThat(line).contains("not used").contains("psychosocialImpact"));
	}

	@ParameterizedTest(name = "every supported term has consistent grade bounds: {0}")
	@EnumSource(CtcaeTerm.class)
	void definedGradesAreContiguous(CtcaeTerm term) {
		for (int g = term.lowestGrade(); g <= term.highestGrade(); g++) {
			assertThat(term.defines(g)).as("%s grade %d", term, g).isTrue();
		}
	}

	@Test
	void theSixteenContractTermsAreSupported() {
		for (String term : new String[] {"Rash acneiform", "Rash maculo-papular", "Palmar-plantar erythrodysesthesia syndrome",
				"Pruritus", "Dry skin", "Paronychia", "Alopecia", "Skin hyperpigmentation", "Photosensitivity",
				"Erythema multiforme", "Stevens-Johnson syndrome", "Toxic epidermal necrolysis", "Dermatitis radiation",
				"Nail changes", "Nail loss", "Bullous dermatitis"}) {
			assertThat(CtcaeTerm.byName(term.toUpperCase()).termName()).isEqualTo(term);
		}
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			term=Rash acneiform; bsaPercent=140      | bsaPercent
			term=Rash acneiform; bsaPercent=-1       | bsaPercent
			term=Rash acneiform; bsaPercent=lots     | bsaPercent
			term=Alopecia; hairLossPercent=101       | hairLossPercent
			term=Alopecia; hairLossPercent=-5        | hairLossPercent
			term=Pruritus; extent=everywhere         | extent
			term=Pruritus; adlLimit=some             | adlLimit
			term=Itching                             | term
			bsaPercent=5                             | term
			term=Paronychia; treatment=laser         | treatment
			term=Dry skin; symptoms=awful            | symptoms
			term=Nail loss; pain=sometimes           | pain
			""")
	void invalidInput(String spec, String field) {
		assertThat(failure("ctcae.grade", spec).field()).isEqualTo(field);
	}

	@Test
	void bsaRangeMessageStatesTheRange() {
		assertThat(failure("ctcae.grade", "term=Dry skin; bsaPercent=140").message()).contains("between 0 and 100");
	}
}
