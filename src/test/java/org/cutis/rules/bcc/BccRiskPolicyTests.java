package org.cutis.rules.bcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Determination;
import org.cutis.rules.common.TumorDiameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** NCCN Basal Cell Skin Cancer v2.2021 low/high risk (reference 3.1, Decision 4; missing inputs: issue 8, finding 12). */
class BccRiskPolicyTests {

	private static final String LOW_FEATURES = "; borders=well-defined; subtype=nodular";

	@ParameterizedTest(name = "{0} at 0.5 cm -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# mask areas, genitalia, hands, feet: high at any size
			eyelid | high
			eyebrow | high
			periorbital | high
			nose | high
			lip | high
			chin | high
			jawline | high
			ear | high
			preauricular | high
			postauricular | high
			temple | high
			genitalia | high
			perianal | high
			hand | high
			finger | high
			foot | high
			toe | high
			nail-unit | high
			# cheeks, forehead, scalp, neck, pretibia: high at any size
			cheek | high
			forehead | high
			scalp | high
			neck | high
			pretibial | high
			# trunk and extremities: low under 2 cm
			chest | low
			abdomen | low
			back | low
			trunk | low
			shoulder | low
			upper-arm | low
			arm | low
			forearm | low
			thigh | low
			leg | low
			ankle | low
			nipple | low
			buttock | low
			""")
	void locationAtSmallSize(String site, String expected) {
		assertThat(value("bcc.risk", "site=" + site + "; diameterCm=0.5" + LOW_FEATURES)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "every site has an NCCN location: {0}")
	@EnumSource(AnatomicSite.class)
	void everyContractSiteIsMapped(AnatomicSite site) {
		assertThat(BccLocation.of(site)).isNotNull();
	}

	@ParameterizedTest(name = "trunk {0} cm -> {1}")
	@CsvSource({"1.9, low", "1.99, low", "2.0, high", "2.5, high"})
	void trunkAndExtremitySizeThreshold(String cm, String expected) {
		assertThat(value("bcc.risk", "site=back; diameterCm=" + cm + LOW_FEATURES)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> high")
	@CsvSource(delimiter = '|', textBlock = """
			borders=poorly-defined
			recurrent=true
			priorRadiotherapy=true
			perineuralInvasion=true
			subtype=infiltrative
			subtype=micronodular
			subtype=morpheaform
			subtype=sclerosing
			subtype=basosquamous
			subtype=carcinosarcomatous
			subtype=mixed-infiltrative
			""")
	void eachHighRiskFactorAloneMakesHighRisk(String factor) {
		assertThat(value("bcc.risk", "site=thigh; diameterCm=1.0; " + factor)).isEqualTo("high");
	}

	@ParameterizedTest(name = "subtype {0} -> low")
	@CsvSource({"nodular", "superficial", "keratotic", "infundibulocystic", "fibroepithelial"})
	void nonAggressiveSubtypesStayLow(String subtype) {
		assertThat(value("bcc.risk", "site=thigh; diameterCm=1.0; borders=well-defined; subtype=" + subtype)).isEqualTo("low");
	}

	@Test
	void highRiskFactorDecidesEvenWhenLocationIsUnknown() {
		assertThat(value("bcc.risk", "recurrent=true")).isEqualTo("high");
	}

	/**
	 * Issue 8, finding 12: where a missing site, diameter, border or subtype could change the
	 * answer, the answer is indeterminate and names them (contract order), never "low".
	 */
	@ParameterizedTest(name = "{0} -> indeterminate, missing {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# the issue's case: a 1 cm trunk BCC without borders or subtype
			site=trunk; diameterCm=1.0                                  | borders, subtype
			diameterCm=1.0; borders=well-defined; subtype=nodular       | site
			site=back; borders=well-defined; subtype=nodular            | diameterCm
			site=back; diameterCm=1.0; subtype=nodular                  | borders
			site=back; diameterCm=1.0; borders=well-defined             | subtype
			borders=well-defined; subtype=nodular                       | site, diameterCm
			diameterCm=1.0; borders=well-defined                        | site, subtype
			site=ankle; subtype=superficial                             | diameterCm, borders
			''                                                          | site, diameterCm, borders, subtype
			""")
	void aMissingInputThatCouldChangeTheAnswerMakesItIndeterminate(String spec, String missing) {
		var answer = success("bcc.risk", spec);
		assertThat(answer.value()).isEqualTo("indeterminate");
		List<String> fields = List.of(missing.split(",\\s*"));
		assertThat(answer.result().get("missing")).isEqualTo(fields);
		assertThat(answer.result().keySet()).containsExactly("value", "missing");
		int last = fields.size() - 1;
		String inWords = last == 0 ? fields.get(0) : String.join(", ", fields.subList(0, last)) + " and " + fields.get(last);
		assertThat(answer.explanation().get(0)).startsWith("Indeterminate").contains("the missing " + inWords + " decide")
			.contains("between low and high risk");
		fields.forEach(field -> assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("Missing " + field + ":")));
	}

	/** It still answers when no missing value could change it (issue 8, finding 12). */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# a recurrent BCC is high whatever its borders, site, size or subtype
			recurrent=true                                       | high | site, diameterCm, borders, subtype
			# 2 cm or more is high at every NCCN location, so the site cannot change it
			diameterCm=2.5                                       | high | site, borders, subtype
			# high at any size: the diameter cannot change it
			site=nose                                            | high | diameterCm, borders, subtype
			site=cheek; borders=well-defined; subtype=nodular    | high | diameterCm
			site=back; diameterCm=2.0                            | high | borders, subtype
			subtype=morpheaform                                  | high | site, diameterCm, borders
			borders=poorly-defined                               | high | site, diameterCm, subtype
			perineuralInvasion=true; site=back                   | high | diameterCm, borders, subtype
			""")
	void answersWhenNoMissingValueCouldChangeIt(String spec, String expected, String unrecorded) {
		var answer = success("bcc.risk", spec);
		assertThat(answer.value()).isEqualTo(expected);
		assertThat(answer.result()).doesNotContainKey("missing");
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).startsWith("Not recorded, but it cannot change the answer")
			.endsWith(unrecorded));
	}

	@Test
	void theTypedAssessmentCarriesThePossibleRiskGroupsAndTheMissingInputs() {
		var risk = new BccRiskPolicy().assess(new BccFindings(AnatomicSite.TRUNK, TumorDiameter.ofCm("1.0"), null, false,
				false, null, false));
		assertThat(risk.value()).isInstanceOf(Determination.Indeterminate.class);
		assertThat(risk.value().value()).isEmpty();
		assertThat(risk.value().possible()).containsExactly(BccRisk.LOW, BccRisk.HIGH);
		assertThat(risk.value().missing()).containsExactly(BccRiskPolicy.BORDERS, BccRiskPolicy.SUBTYPE);
		assertThat(risk.value().code(BccRisk::code)).isEqualTo("indeterminate");
		var low = new BccRiskPolicy().assess(new BccFindings(AnatomicSite.TRUNK, TumorDiameter.ofCm("1.0"), false, false,
				false, BccSubtype.NODULAR, false));
		assertThat(low.value()).isEqualTo(Determination.known(BccRisk.LOW));
		assertThat(low.value().missing()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			site=elbow; diameterCm=1                | site
			site=back; diameterCm=1; subtype=odd    | subtype
			site=back; diameterCm=1; borders=fuzzy  | borders
			site=back; diameterCm=-3                | diameterCm
			""")
	void invalidInputIsAnError(String spec, String field) {
		assertThat(failure("bcc.risk", spec).field()).isEqualTo(field);
	}

	@Test
	void sourceNamesTheNccnVersion() {
		var result = success("bcc.risk", "site=nose; diameterCm=0.4");
		assertThat(result.source()).contains("2.2021");
		assertThat(result.ruleSet()).isEqualTo("NCCN-BCC-2.2021");
	}
}
