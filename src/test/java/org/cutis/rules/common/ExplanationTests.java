package org.cutis.rules.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

/** Explanations are codes rendered in the reader's language, stored and read back unchanged. */
class ExplanationTests {

	private final RuleEngine engine = new RuleEngine();

	@Test
	void englishStaysTheContractTextAndKoreanIsKorean() {
		RuleOutcome.Success t = (RuleOutcome.Success) engine.evaluate("melanoma.t", java.util.Map.of("breslowMm", new java.math.BigDecimal("0.75")));
		assertThat(t.explanation()).contains("0.75 mm is recorded as 0.8 mm (nearest 0.1 mm, AJCC 8th)",
				"0.8–1.0 mm is T1b regardless of ulceration");
		assertThat(t.explanation(Locale.KOREAN)).containsExactly("0.75 mm는 0.8 mm로 기록(0.1 mm 단위 반올림, AJCC 8판)",
				"0.8–1.0 mm는 궤양과 관계없이 T1b");
	}

	@Test
	void everyRuleExplainsInKoreanWithoutEnglishSentences() {
		for (var example : List.of(
				new Object[] { "melanoma.t", java.util.Map.of("breslowMm", 2.3, "ulceration", true) },
				new Object[] { "melanoma.stage", java.util.Map.of("classification", "pathological", "t", "T2b", "n", "N1a", "m", "M0") },
				new Object[] { "bcc.risk", java.util.Map.of("site", "cheek") },
				new Object[] { "cscc.bwh", java.util.Map.of("diameterCm", 2.5) },
				new Object[] { "followup.schedule", java.util.Map.of("diagnosis", "melanoma", "stage", "IIB") },
				new Object[] { "mohs.auc", java.util.Map.of("tumor", "bcc-nodular", "site", "back", "diameterCm", 1.5) })) {
			RuleOutcome outcome = engine.evaluate((String) example[0], castMap(example[1]));
			assertThat(outcome).as("%s", example[0]).isInstanceOf(RuleOutcome.Success.class);
			for (String line : ((RuleOutcome.Success) outcome).explanation(Locale.KOREAN)) {
				assertThat(line).as("%s", example[0]).containsPattern("[가-힣]").doesNotContain("rules.", "(를)", "(가)");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static java.util.Map<String, Object> castMap(Object map) {
		return (java.util.Map<String, Object>) map;
	}

	@Test
	void storedLinesRoundTripAndOldSentencesAreShownAsRecorded() {
		Explanation nested = Explanation.of("rules.why.melanoma.under08MmIs",
				Explanation.of("rules.why.melanoma.withUlceration"), "T1b \"quoted\"\\ line\nnext");
		Explanation list = Explanation.of("rules.why.cscc.t3BecauseOf",
				List.of(Explanation.of("rules.why.cscc.minorBoneErosion"), "x"));
		for (Explanation e : List.of(nested, list, Explanation.of("rules.why.melanoma.melanomaInSituIsTis"))) {
			assertThat(Explanation.decode(e.encode())).isEqualTo(e);
		}
		Explanation old = Explanation.decode("Melanoma in situ is Tis");
		assertThat(old.english()).isEqualTo("Melanoma in situ is Tis");
		assertThat(old.render(Locale.KOREAN)).isEqualTo("Melanoma in situ is Tis (이전 기록, 영어 원문)");
	}

	@Test
	void particlesFollowTheFinalSoundOfTheWordBefore() {
		assertThat(KoreanParticles.fit("L1을(를) 선택")).isEqualTo("L1을 선택");
		assertThat(KoreanParticles.fit("T1a을(를) 선택")).isEqualTo("T1a를 선택");
		assertThat(KoreanParticles.fit("병기 III은(는)")).isEqualTo("병기 III은");
		assertThat(KoreanParticles.fit("병기 IV은(는)")).isEqualTo("병기 IV는");
		assertThat(KoreanParticles.fit("흑색종이(가) 있음")).isEqualTo("흑색종이 있음");
		assertThat(KoreanParticles.fit("편평세포암과(와) 기저세포암")).isEqualTo("편평세포암과 기저세포암");
		assertThat(KoreanParticles.fit("두피와(과) 목")).isEqualTo("두피와 목");
		assertThat(KoreanParticles.fit("0.8 mm(으)로 기록")).isEqualTo("0.8 mm로 기록");
		assertThat(KoreanParticles.fit("서울(으)로")).isEqualTo("서울로");
		assertThat(KoreanParticles.fit("병원(으)로")).isEqualTo("병원으로");
		assertThat(KoreanParticles.fit("'C43.7'을(를)")).isEqualTo("'C43.7'을");
		assertThat(KoreanParticles.fit("M1c을(를)")).isEqualTo("M1c를");
		assertThat(KoreanParticles.fit("pN1a은(는)")).isEqualTo("pN1a는");
		assertThat(KoreanParticles.fit("(괄호) 그대로")).isEqualTo("(괄호) 그대로");
	}
}
