package org.cutis.calculator.web;

import java.util.Locale;

import org.cutis.rules.RuleEngine;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's problems read in Korean (and English), without starting the application. */
class CalculationsTests {
	static final Locale KO = Locale.KOREAN;

	final Calculations calculations = new Calculations(new RuleEngine(), messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/rules");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static MultiValueMap<String, String> form(String... pairs) {
		return FormInputTests.form(pairs);
	}

	FieldProblem only(CalculatorCard card, String field) {
		assertThat(card.getResult()).isNull();
		assertThat(card.hasError(field)).as(field).isTrue();
		return card.error(field);
	}

	@Test
	void rangesCountsAndRequiredFieldsAreTranslated() {
		Calculator t = Calculators.byRule("melanoma.t").orElseThrow();
		assertThat(only(calculations.evaluate(t, form("breslowMm", "101"), KO), "breslowMm").summary())
			.isEqualTo("Breslow 두께 (mm): Breslow 두께는 0에서 100 mm 사이여야 합니다.");
		assertThat(only(calculations.evaluate(t, form("breslowMm", "101"), Locale.ENGLISH), "breslowMm").summary())
			.isEqualTo("Breslow thickness (mm): Breslow thickness must be between 0 and 100 mm");
		Calculator n = Calculators.byRule("melanoma.n").orElseThrow();
		assertThat(only(calculations.evaluate(n, form("occultNodes", "1.5"), KO), "occultNodes").summary())
			.startsWith("임상적으로 잠재된 림프절 수").endsWith("0에서 999 사이의 정수여야 합니다.");
		Calculator stage = Calculators.byRule("melanoma.stage").orElseThrow();
		FieldProblem missing = only(calculations.evaluate(stage, form("t", "T1a", "n", "N0", "m", "M0"), KO),
				"classification");
		assertThat(missing.summary()).isEqualTo("분류: 필수 항목입니다.");
		assertThat(only(calculations.evaluate(stage, form("t", "T1a", "n", "N0", "m", "M0"), Locale.ENGLISH),
				"classification").summary()).contains("classification is required: one of clinical, pathological");
	}

	@Test
	void nodeRowsAndStageGroupsAreTranslated() {
		Calculator n = Calculators.byRule("cscc.n").orElseThrow();
		FieldProblem size = only(calculations.evaluate(n,
				form("classification", "clinical", "nodes[1].side", "ipsilateral", "nodes[1].sizeCm", "31"), KO),
				"nodes[1].sizeCm");
		assertThat(size.summary()).isEqualTo("림프절 2, 크기 (cm): 림프절 크기는 0 cm보다 크고 30 cm 이하여야 합니다.");
		FieldProblem noSize = only(calculations.evaluate(n,
				form("classification", "clinical", "nodes[0].side", "ipsilateral"), KO), "nodes[0].sizeCm");
		assertThat(noSize.summary()).isEqualTo("림프절 1, 크기 (cm): 림프절 크기(cm, 0보다 크고 30 이하)가 필요합니다.");
		Calculator stage = Calculators.byRule("melanoma.stage").orElseThrow();
		assertThat(only(calculations.evaluate(stage,
				form("classification", "pathological", "t", "T0", "n", "N0", "m", "M0"), KO), "n").summary())
			.isEqualTo("N 병기: T0 N0 M0에 해당하는 AJCC 8판 병기군이 없습니다. 원발 종양의 증거가 없으면(T0) 영역 또는 원격 "
					+ "전이가 있어야 병기가 정해집니다.");
	}

	@Test
	void aProblemOutsideTheFormIsShownForTheForm() {
		Calculator followUp = Calculators.byRule("followup.schedule").orElseThrow();
		CalculatorCard card = calculations.evaluate(followUp,
				form("diagnosis", "bcc", "guideline", "SIGN"), KO);
		assertThat(card.hasError("guideline")).isTrue();
		assertThat(card.getFormProblems()).isEmpty();
		assertThat(card.isInvalid()).isTrue();
	}

	@Test
	void resultsAreTranslatedWhereTheyAreWords() {
		Calculator ctcae = Calculators.byRule("ctcae.grade").orElseThrow();
		CalculatorCard card = calculations.evaluate(ctcae, form("term", "Alopecia", "hairLossPercent", "60"), KO);
		assertThat(card.getResult().value()).isEqualTo("2등급");
		assertThat(card.getResult().details()).extracting(ResultView.Detail::labelKey)
			.containsExactly("rules.result.definition");
		Calculator margin = Calculators.byRule("melanoma.margin").orElseThrow();
		CalculatorCard margins = calculations.evaluate(margin, form("inSitu", "true"), KO);
		assertThat(margins.getResult().details()).extracting(ResultView.Detail::text).allMatch(t -> t.endsWith(" cm"));
	}

	/** Issue 8, finding 12: an indeterminate answer lists what is missing by the form's own labels. */
	@Test
	void anIndeterminateAnswerNamesTheMissingFieldsByTheirLabels() {
		Calculator bcc = Calculators.byRule("bcc.risk").orElseThrow();
		CalculatorCard ko = calculations.evaluate(bcc, form("site", "trunk", "diameterCm", "1.0"), KO);
		assertThat(ko.isInvalid()).isFalse();
		assertThat(ko.getResult().value()).isEqualTo("결정 불가");
		assertThat(ko.getResult().details())
			.containsExactly(new ResultView.Detail("rules.result.missing", "임상적 경계, 조직학적 아형", false));
		CalculatorCard en = calculations.evaluate(bcc, form("site", "trunk", "diameterCm", "1.0"), Locale.ENGLISH);
		assertThat(en.getResult().value()).isEqualTo("Indeterminate");
		assertThat(en.getResult().details()).extracting(ResultView.Detail::text)
			.containsExactly("Clinical borders, Histologic subtype");
		Calculator bwh = Calculators.byRule("cscc.bwh").orElseThrow();
		assertThat(calculations.evaluate(bwh, form(), KO).getResult().details()).extracting(ResultView.Detail::text)
			.containsExactly("임상적 직경 (cm), 분화도");
		CalculatorCard known = calculations.evaluate(bcc, form("recurrent", "true"), KO);
		assertThat(known.getResult().value()).isEqualTo("고위험");
		assertThat(known.getResult().details()).isEmpty();
	}

	/** Issue 8, findings 10 and 11: the SLNB form reads ITM and uncertain microstaging; imaging by stage. */
	@Test
	void sentinelNodeAndImagingForms() {
		Calculator slnb = Calculators.byRule("melanoma.slnb").orElseThrow();
		assertThat(calculations.evaluate(slnb, form("t", "T1a"), KO).getResult().value()).isEqualTo("권고하지 않음");
		assertThat(calculations.evaluate(slnb, form("t", "T1a", "itm", "true"), KO).getResult().value()).isEqualTo("고려");
		assertThat(calculations.evaluate(slnb, form("t", "T1a", "microstagingUncertain", "true"), KO).getResult().value())
			.isEqualTo("고려");
		Calculator imaging = Calculators.byRule("melanoma.imaging").orElseThrow();
		assertThat(calculations.evaluate(imaging, form("stage", "IA"), KO).getResult().value()).isEqualTo("일상적으로 시행하지 않음");
		assertThat(calculations.evaluate(imaging, form("stage", "IIC"), KO).getResult().value()).isEqualTo("고려");
		assertThat(calculations.evaluate(imaging, form("stage", "IIIA"), Locale.ENGLISH).getResult().value())
			.isEqualTo("Recommended");
		assertThat(only(calculations.evaluate(imaging, form(), KO), "stage").summary())
			.isEqualTo("흑색종 병기: 병기군이 필요합니다: 0, IA, IB, IIA, IIB, IIC, III, IIIA, IIIB, IIIC, IIID 또는 IV");
	}
}
