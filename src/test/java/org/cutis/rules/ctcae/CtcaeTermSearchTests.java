package org.cutis.rules.ctcae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CTCAE terms found by Korean and English names, parts of them and clinical synonyms. */
class CtcaeTermSearchTests {

	private final CtcaeTermSearch search = new CtcaeTermSearch();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			hand-foot skin reaction          | Palmar-plantar erythrodysesthesia syndrome
			Hand foot syndrome               | Palmar-plantar erythrodysesthesia syndrome
			HFSR                             | Palmar-plantar erythrodysesthesia syndrome
			수족증후군                        | Palmar-plantar erythrodysesthesia syndrome
			손발바닥                          | Palmar-plantar erythrodysesthesia syndrome
			palmar                           | Palmar-plantar erythrodysesthesia syndrome
			acneiform rash                   | Rash acneiform
			papulopustular rash              | Rash acneiform
			여드름양 발진                      | Rash acneiform
			여드름                            | Rash acneiform
			radiation dermatitis             | Dermatitis radiation
			방사선 피부염                      | Dermatitis radiation
			SJS                              | Stevens-Johnson syndrome
			sjs                              | Stevens-Johnson syndrome
			스티븐스                          | Stevens-Johnson syndrome
			TEN                              | Toxic epidermal necrolysis
			손발톱주위염                       | Paronychia
			손발톱 주위염                      | Paronychia
			paronych                         | Paronychia
			xerosis                          | Dry skin
			hair loss                        | Alopecia
			탈모                              | Alopecia
			onycholysis                      | Nail loss
			maculopapular                    | Rash maculo-papular
			가려움                            | Pruritus
			""")
	void findsTheTermFirst(String query, String term) {
		assertThat(search.search(query)).as(query).isNotEmpty();
		assertThat(search.search(query).get(0).termName()).as(query).isEqualTo(term);
	}

	@Test
	void everyTermHasAKoreanName() {
		for (CtcaeTerm term : CtcaeTerm.values()) {
			assertThat(term.nameKo()).as(term.termName()).containsPattern("\\p{IsHangul}").isNotEqualTo(term.label().code());
			assertThat(search.search(term.nameKo()).get(0)).isEqualTo(term);
			assertThat(search.search(term.termName().toUpperCase(Locale.ROOT)).get(0)).isEqualTo(term);
		}
		assertThat(CtcaeTerm.RASH_ACNEIFORM.nameKo()).isEqualTo("여드름양 발진");
		assertThat(CtcaeTerm.PALMAR_PLANTAR_ERYTHRODYSESTHESIA.nameKo()).isEqualTo("손발바닥 홍반성 감각이상 증후군(수족증후군)");
	}

	@Test
	void aBlankQueryListsEveryTermAndNonsenseNone() {
		assertThat(search.search("")).containsExactly(CtcaeTerm.values());
		assertThat(search.search(null)).containsExactly(CtcaeTerm.values());
		assertThat(search.search("zzzz")).isEmpty();
		// two letters match only the start of a name, never the inside of a word
		assertThat(search.search("EM")).first().isEqualTo(CtcaeTerm.ERYTHEMA_MULTIFORME);
		assertThat(search.search("ra")).doesNotContain(CtcaeTerm.PARONYCHIA);
	}

	@Test
	void aTermKnowsItsGradesAndFindings() {
		assertThat(CtcaeTerm.ALOPECIA.definedGrades()).containsExactly(1, 2);
		assertThat(CtcaeTerm.STEVENS_JOHNSON_SYNDROME.definedGrades()).containsExactly(3, 4, 5);
		assertThat(CtcaeTerm.PALMAR_PLANTAR_ERYTHRODYSESTHESIA.findings()).containsExactly("symptoms", "pain", "adlLimit");
		assertThat(CtcaeTerm.RASH_ACNEIFORM.findings()).containsExactly("bsaPercent", "symptoms", "adlLimit",
				"psychosocialImpact", "superinfection", "lifeThreatening", "fatal");
	}
}
