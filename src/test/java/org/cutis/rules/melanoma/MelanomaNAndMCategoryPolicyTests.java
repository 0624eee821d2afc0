package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AJCC 8th melanoma N (reference 1.3) and M (reference 1.4). */
class MelanomaNAndMCategoryPolicyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# occult, clinical, matted, ITM      | N  -- reference 1.3 rows
			occultNodes=0; clinicalNodes=0       | N0
			occultNodes=1; clinicalNodes=0       | N1a
			occultNodes=0; clinicalNodes=1       | N1b
			itm=true                             | N1c
			occultNodes=0; clinicalNodes=0; itm=true | N1c
			occultNodes=2; clinicalNodes=0       | N2a
			occultNodes=3                        | N2a
			occultNodes=1; clinicalNodes=1       | N2b
			occultNodes=0; clinicalNodes=3       | N2b
			occultNodes=1; itm=true              | N2c
			clinicalNodes=1; itm=true            | N2c
			occultNodes=4                        | N3a
			occultNodes=9; clinicalNodes=0       | N3a
			occultNodes=3; clinicalNodes=1       | N3b
			clinicalNodes=5                      | N3b
			clinicalNodes=2; matted=true         | N3b
			matted=true                          | N3b
			occultNodes=2; itm=true              | N3c
			occultNodes=1; clinicalNodes=1; itm=true | N3c
			clinicalNodes=1; matted=true; itm=true   | N3c
			''                                   | NX
			""")
	void nodalFindingsGiveTheTableCategory(String spec, String expected) {
		assertThat(value("melanoma.n", spec)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			occultNodes=-2; clinicalNodes=0 | occultNodes
			clinicalNodes=1.5               | clinicalNodes
			clinicalNodes=two               | clinicalNodes
			matted=1                        | matted
			""")
	void invalidNodalInput(String spec, String field) {
		assertThat(failure("melanoma.n", spec).field()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# sites, LDH                                   | M  -- reference 1.4
			''                                             | M0
			sites=[]; ldh=elevated                         | M0
			sites=[skin]                                   | M1a
			sites=[subcutaneous]; ldh=normal               | M1a(0)
			sites=[soft-tissue]; ldh=elevated              | M1a(1)
			sites=[muscle]; ldh=unknown                    | M1a
			sites=[non-regional-lymph-node]; ldh=normal    | M1a(0)
			sites=[lung]; ldh=normal                       | M1b(0)
			sites=[lung, subcutaneous]; ldh=elevated       | M1b(1)
			sites=[liver]                                  | M1c
			sites=[bone, lung]; ldh=elevated               | M1c(1)
			sites=[adrenal]; ldh=normal                    | M1c(0)
			sites=[gastrointestinal]                       | M1c
			sites=[spleen, skin]                           | M1c
			sites=[other-visceral]                         | M1c
			sites=[brain, liver]; ldh=elevated             | M1d(1)
			sites=[spinal-cord]; ldh=normal                | M1d(0)
			sites=[leptomeninges, lung]                    | M1d
			""")
	void distantSitesGiveTheTableCategory(String spec, String expected) {
		assertThat(value("melanoma.m", spec)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sites=[kidney]           | sites
			sites=lung               | sites
			sites=[lung]; ldh=high   | ldh
			""")
	void invalidMetastasisInput(String spec, String field) {
		assertThat(failure("melanoma.m", spec).field()).isEqualTo(field);
	}
}
