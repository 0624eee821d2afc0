package org.cutis.clinical;

import java.util.Arrays;

import org.cutis.rules.common.AnatomicSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site-specific ICD-10 codes against the WHO ICD-10 tabular list (Volume 1, 2016/2019):
 * C43.0 lip, .1 eyelid including canthus, .2 ear and external auricular canal, .3 other and
 * unspecified parts of face, .4 scalp and neck, .5 trunk (anal margin, anal skin, perianal
 * skin, skin of breast), .6 upper limb including shoulder, .7 lower limb including hip, .8
 * overlapping, .9 unspecified; D03 and D04 subdivided alike; C43 and C44 exclude the skin of
 * the genital organs (C51-C52, C60.-, C63.-).
 */
class SkinSiteTests {

	@ParameterizedTest(name = "{0}: melanoma {1}, in situ {2}, BCC {3}, cSCC {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			LIP           | C43.0 | D03.0 | C44.01 | C44.02
			EYELID        | C43.1 | D03.1 | C44.11 | C44.12
			EAR           | C43.2 | D03.2 | C44.21 | C44.22
			POSTAURICULAR | C43.2 | D03.2 | C44.21 | C44.22
			FOREHEAD      | C43.3 | D03.3 | C44.31 | C44.32
			TEMPLE        | C43.3 | D03.3 | C44.31 | C44.32
			EYEBROW       | C43.3 | D03.3 | C44.31 | C44.32
			PERIORBITAL   | C43.3 | D03.3 | C44.31 | C44.32
			NOSE          | C43.3 | D03.3 | C44.31 | C44.32
			CHEEK         | C43.3 | D03.3 | C44.31 | C44.32
			CHIN          | C43.3 | D03.3 | C44.31 | C44.32
			JAWLINE       | C43.3 | D03.3 | C44.31 | C44.32
			PREAURICULAR  | C43.3 | D03.3 | C44.31 | C44.32
			SCALP         | C43.4 | D03.4 | C44.41 | C44.42
			NECK          | C43.4 | D03.4 | C44.41 | C44.42
			CHEST         | C43.5 | D03.5 | C44.51 | C44.52
			ABDOMEN       | C43.5 | D03.5 | C44.51 | C44.52
			BACK          | C43.5 | D03.5 | C44.51 | C44.52
			TRUNK         | C43.5 | D03.5 | C44.51 | C44.52
			NIPPLE        | C43.5 | D03.5 | C44.51 | C44.52
			PERIANAL      | C43.5 | D03.5 | C44.51 | C44.52
			BUTTOCK       | C43.5 | D03.5 | C44.51 | C44.52
			SHOULDER      | C43.6 | D03.6 | C44.61 | C44.62
			UPPER_ARM     | C43.6 | D03.6 | C44.61 | C44.62
			ARM           | C43.6 | D03.6 | C44.61 | C44.62
			FOREARM       | C43.6 | D03.6 | C44.61 | C44.62
			HAND          | C43.6 | D03.6 | C44.61 | C44.62
			FINGER        | C43.6 | D03.6 | C44.61 | C44.62
			THIGH         | C43.7 | D03.7 | C44.71 | C44.72
			LEG           | C43.7 | D03.7 | C44.71 | C44.72
			PRETIBIAL     | C43.7 | D03.7 | C44.71 | C44.72
			ANKLE         | C43.7 | D03.7 | C44.71 | C44.72
			FOOT          | C43.7 | D03.7 | C44.71 | C44.72
			TOE           | C43.7 | D03.7 | C44.71 | C44.72
			NAIL_UNIT     | C43.9 | D03.9 | C44.91 | C44.92
			GENITALIA     | -     | D03.8 | -      | -
			""")
	void theFourthCharacterIsTheSkinRegionOfTheSite(AnatomicSite site, String melanoma, String inSitu, String bcc,
			String scc) {
		assertThat(value(Diagnosis.MELANOMA.icd10At(site))).isEqualTo(melanoma);
		assertThat(value(Diagnosis.MELANOMA_IN_SITU.icd10At(site))).isEqualTo(inSitu);
		assertThat(value(Diagnosis.BCC.icd10At(site))).isEqualTo(bcc);
		assertThat(value(Diagnosis.CSCC.icd10At(site))).isEqualTo(scc);
		// Merkel cell carcinoma: WHO ICD-10 (and KCD) code it to the skin of the site, four characters
		assertThat(value(Diagnosis.MERKEL_CELL_CARCINOMA.icd10At(site)))
			.isEqualTo(bcc == null ? null : bcc.substring(0, 5));
		assertThat(value(Diagnosis.BOWEN_DISEASE.icd10At(site)))
			.isEqualTo(melanoma == null ? null : "D04." + melanoma.charAt(4));
	}

	@ParameterizedTest
	@EnumSource(AnatomicSite.class)
	void everySiteOfTheVocabularyHasARegion(AnatomicSite site) {
		assertThat(SkinSite.of(site)).isNotNull();
	}

	@Test
	void withoutASiteTheCodeIsTheUnspecifiedOne() {
		assertThat(Diagnosis.MELANOMA.icd10At(null).value()).isEqualTo("C43.9");
		assertThat(Diagnosis.MELANOMA.codesAt(AnatomicSite.THIGH)).extracting(Code::value)
			.containsExactly("372244006", "C43.7", "8720/3");
		// diagnoses outside the skin categories keep their code
		assertThat(Diagnosis.ACTINIC_KERATOSIS.icd10At(AnatomicSite.CHEEK).value()).isEqualTo("L57.0");
		assertThat(Diagnosis.BENIGN_NAEVUS.icd10At(AnatomicSite.CHEEK)).isNull();
	}

	@Test
	void aClinicalImpressionCarriesNoIcdCode() {
		for (Diagnosis d : Diagnosis.values()) {
			assertThat(d.impressionCodes()).allMatch(c -> c.system().equals(Code.SNOMED));
		}
		assertThat(Diagnosis.MELANOMA.impressionCodes()).extracting(Code::value).containsExactly("372244006");
		assertThat(Arrays.stream(Diagnosis.values()).flatMap(d -> d.impressionCodes().stream()))
			.noneMatch(c -> c.value().startsWith("C") || c.value().startsWith("D"));
	}

	private static String value(Code code) {
		return code == null ? null : code.value();
	}
}
