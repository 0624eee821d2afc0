package org.cutis.rules.mohs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mohs AUC 2012, verified subset (reference 6.1-6.3, Decision 9). */
class MohsAucPolicyTests {

	@ParameterizedTest(name = "{0} -> area {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# reference 6.1: the AUC's own areas
			eyelid | H
			eyebrow | H
			periorbital | H
			nose | H
			lip | H
			chin | H
			ear | H
			preauricular | H
			postauricular | H
			temple | H
			genitalia | H
			perianal | H
			hand | H
			finger | H
			foot | H
			toe | H
			nail-unit | H
			ankle | H
			nipple | H
			cheek | M
			forehead | M
			scalp | M
			neck | M
			jawline | M
			pretibial | M
			chest | L
			abdomen | L
			back | L
			trunk | L
			shoulder | L
			upper-arm | L
			arm | L
			forearm | L
			thigh | L
			leg | L
			buttock | L
			""")
	void siteToArea(String site, String area) {
		assertThat(success("mohs.auc", "tumor=bcc-nodular; site=" + site + "; diameterCm=1.5; patient=healthy").result().get("area")).isEqualTo(area);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# Area H: all BCC and SCC appropriate, LM/MIS appropriate, AK with focal SCCis inappropriate
			tumor=bcc-superficial; site=nose; diameterCm=0.3                      | appropriate
			tumor=bcc-nodular; site=hand; diameterCm=0.3                          | appropriate
			tumor=bcc-aggressive; site=ear; diameterCm=0.3; recurrent=true        | appropriate
			tumor=scc-in-situ; site=lip; diameterCm=0.4                           | appropriate
			tumor=scc-nonaggressive; site=foot; diameterCm=0.4                    | appropriate
			tumor=scc-keratoacanthoma-type; site=nose; diameterCm=1               | appropriate
			tumor=lentigo-maligna; site=nose; diameterCm=2                        | appropriate
			tumor=melanoma-in-situ; site=genitalia; diameterCm=1                  | appropriate
			tumor=ak-with-focal-scc-in-situ; site=nose; diameterCm=0.5            | inappropriate
			# Area M
			tumor=bcc-nodular; site=cheek; diameterCm=0.5                         | appropriate
			tumor=bcc-aggressive; site=scalp; diameterCm=0.3                      | appropriate
			tumor=bcc-superficial; site=forehead; diameterCm=0.3; recurrent=true  | appropriate
			tumor=bcc-superficial; site=neck; diameterCm=0.3; patient=immunocompromised | appropriate
			tumor=bcc-superficial; site=neck; diameterCm=0.6                      | appropriate
			tumor=bcc-superficial; site=neck; diameterCm=0.5                      | uncertain
			tumor=scc-nonaggressive; site=jawline; diameterCm=0.5                 | appropriate
			tumor=scc-in-situ; site=pretibial; diameterCm=0.5                     | appropriate
			tumor=ak-with-focal-scc-in-situ; site=cheek; diameterCm=0.5           | inappropriate
			tumor=lentigo-maligna; site=cheek; diameterCm=3                       | appropriate
			# Area L, BCC
			tumor=bcc-nodular; site=trunk; diameterCm=1.0; recurrent=true         | appropriate
			tumor=bcc-aggressive; site=back; diameterCm=0.3; recurrent=true       | appropriate
			tumor=bcc-aggressive; site=trunk; diameterCm=0.6                      | appropriate
			tumor=bcc-aggressive; site=trunk; diameterCm=0.5                      | uncertain
			tumor=bcc-nodular; site=back; diameterCm=2.1                          | appropriate
			tumor=bcc-nodular; site=back; diameterCm=2.0                          | uncertain
			tumor=bcc-nodular; site=back; diameterCm=1.1                          | uncertain
			tumor=bcc-nodular; site=back; diameterCm=1.0                          | inappropriate
			tumor=bcc-nodular; site=thigh; diameterCm=1.1; patient=immunocompromised | appropriate
			tumor=bcc-nodular; site=thigh; diameterCm=0.6; patient=immunocompromised | uncertain
			tumor=bcc-nodular; site=thigh; diameterCm=1.0; patient=immunocompromised | uncertain
			tumor=bcc-nodular; site=thigh; diameterCm=0.5; patient=immunocompromised | inappropriate
			tumor=bcc-superficial; site=trunk; diameterCm=1.5                     | inappropriate
			tumor=bcc-superficial; site=arm; diameterCm=1.1; patient=immunocompromised | uncertain
			tumor=bcc-superficial; site=arm; diameterCm=1.0; patient=immunocompromised | inappropriate
			tumor=bcc-superficial; site=arm; diameterCm=3.0; recurrent=true       | inappropriate
			# Area L, SCC
			tumor=scc-aggressive; site=back; diameterCm=0.3                       | appropriate
			tumor=scc-aggressive; site=back; diameterCm=0.3; recurrent=true       | appropriate
			tumor=scc-nonaggressive; site=forearm; diameterCm=2.1                 | appropriate
			tumor=scc-nonaggressive; site=forearm; diameterCm=1.5                 | uncertain
			tumor=scc-nonaggressive; site=forearm; diameterCm=0.8                 | inappropriate
			tumor=scc-nonaggressive; site=forearm; diameterCm=1.5; patient=immunocompromised | appropriate
			tumor=ak-with-focal-scc-in-situ; site=back; diameterCm=1              | inappropriate
			# Modifiers: BCC in irradiated skin or genetic syndrome appropriate anywhere
			tumor=bcc-superficial; site=back; diameterCm=0.3; priorRadiationAtSite=true | appropriate
			tumor=bcc-nodular; site=back; diameterCm=0.3; patient=genetic-syndrome | appropriate
			# Not in the verified subset: never a guess
			tumor=scc-in-situ; site=back; diameterCm=1                            | not-rated
			tumor=scc-keratoacanthoma-type; site=leg; diameterCm=1                | not-rated
			tumor=lentigo-maligna; site=back; diameterCm=1                        | not-rated
			tumor=melanoma-in-situ; site=arm; diameterCm=1                        | not-rated
			tumor=scc-nonaggressive; site=back; diameterCm=0.8; patient=immunocompromised | not-rated
			tumor=scc-nonaggressive; site=back; diameterCm=2.5; recurrent=true    | not-rated
			tumor=scc-nonaggressive; site=back; diameterCm=0.8; patient=genetic-syndrome | not-rated
			tumor=scc-nonaggressive; site=back; diameterCm=0.8; priorRadiationAtSite=true | not-rated
			tumor=ak-with-focal-scc-in-situ; site=nose; diameterCm=0.5; priorRadiationAtSite=true | not-rated
			""")
	void verifiedRatings(String spec, String expected) {
		assertThat(success("mohs.auc", spec).value()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			site=nose; diameterCm=1                               | tumor
			tumor=bcc-nodular; diameterCm=1                       | site
			tumor=bcc-nodular; site=back                          | diameterCm
			tumor=merkel; site=back; diameterCm=1                 | tumor
			tumor=bcc-nodular; site=back; diameterCm=1; patient=elderly | patient
			""")
	void invalidScenario(String spec, String field) {
		assertThat(failure("mohs.auc", spec).field()).isEqualTo(field);
	}
}
