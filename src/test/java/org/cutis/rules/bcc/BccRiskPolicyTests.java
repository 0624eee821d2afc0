package org.cutis.rules.bcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;
import static org.cutis.rules.RuleFixtures.value;

import org.cutis.rules.common.AnatomicSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** NCCN Basal Cell Skin Cancer v2.2021 low/high risk (reference 3.1, Decision 4). */
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

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			diameterCm=1.0; borders=well-defined    | site
			site=back; borders=well-defined         | diameterCm
			site=elbow; diameterCm=1                | site
			site=back; diameterCm=1; subtype=odd    | subtype
			site=back; diameterCm=1; borders=fuzzy  | borders
			site=back; diameterCm=-3                | diameterCm
			""")
	void lowRiskIsNeverGuessed(String spec, String field) {
		assertThat(failure("bcc.risk", spec).field()).isEqualTo(field);
	}

	@Test
	void sourceNamesTheNccnVersion() {
		var result = success("bcc.risk", "site=nose; diameterCm=0.4");
		assertThat(result.source()).contains("2.2021");
		assertThat(result.ruleSet()).isEqualTo("NCCN-BCC-2.2021");
	}
}
