package org.cutis.calculator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.cutis.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** The chemotherapy skin-care advice on the calculators page: in Korean, with its unverified mark. */
class OncodermCalculatorTests {

	final Calculations calculations = new Calculations(new RuleEngine(), CalculationsTests.messages());
	final Calculator advice = Calculators.byRule("oncoderm.advice").orElseThrow();

	@Test
	void aVerifiedRowReadsInKoreanWithItsSkinTreatment() {
		ResultView result = calculations.evaluate(advice,
				CalculationsTests.form("drugClass", "egfr-inhibitor", "term", "Rash acneiform", "grade", "3"), Locale.KOREAN)
			.getResult();
		assertThat(result.value()).isEqualTo("2등급 이하가 될 때까지 중단");
		assertThat(result.details()).extracting(ResultView.Detail::labelKey)
			.containsExactly("rules.result.skinTreatment", "rules.result.verified");
		assertThat(result.details().get(0).text()).startsWith("경구 독시사이클린 100 mg 하루 2회");
		assertThat(result.details().get(0).english()).isFalse();
		assertThat(result.details().get(1).text()).isEqualTo("예: 출처와 대조해 검증됨");
		assertThat(result.source()).contains("ESMO", "2021", "MASCC", "2011");
		assertThat(result.explanation().get(0)).isEqualTo("EGFR 억제제에 의한 피부 이상반응: 여드름양 발진, CTCAE v5.0 3등급");
	}

	@Test
	void anUnverifiedRowSaysSoOnScreen() {
		ResultView result = calculations.evaluate(advice,
				CalculationsTests.form("drugClass", "radiotherapy", "term", "Dermatitis radiation", "grade", "2"), Locale.KOREAN)
			.getResult();
		assertThat(result.value()).isEqualTo("피부 치료와 함께 계속");
		assertThat(result.details().get(1).text()).startsWith("미검증 [M]");
		ResultView english = calculations.evaluate(advice,
				CalculationsTests.form("drugClass", "radiotherapy", "term", "Dermatitis radiation", "grade", "2"), Locale.ENGLISH)
			.getResult();
		assertThat(english.details().get(1).text()).startsWith("Unverified [M]");
		assertThat(english.value()).isEqualTo("Continue, with skin treatment");
	}

	@Test
	void anUndefinedGradeIsAFieldError() {
		CalculatorCard card = calculations.evaluate(advice,
				CalculationsTests.form("drugClass", "taxane", "term", "Alopecia", "grade", "4"), Locale.KOREAN);
		assertThat(card.getResult()).isNull();
		assertThat(card.error("grade").summary()).isEqualTo("CTCAE 등급: CTCAE v5.0의 탈모에는 1 또는 2등급만 정의되어 있습니다. 4등급은 없습니다");
	}
}
