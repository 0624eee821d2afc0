package org.cutis.staging;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record's "what changed" lines in the reader's words: the shapes staging
 * (StageComputation, CancerDiagnosis), pathology's tumour facts and the work-up orders write.
 */
class ChangeLinesTests {
	static final Locale KO = Locale.KOREAN;
	final ChangeLines lines = new ChangeLines(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasenames("messages/staging", "messages/lesion", "messages/pathology", "messages/rules", "messages/tumorboard");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	@Test
	void stagesRisksAndYesNoAreLabelled() {
		assertThat(lines.text("pStage: - → IIC", KO)).isEqualTo("병리 병기: - → IIC");
		assertThat(lines.text("cStage: IIB → IIC", Locale.ENGLISH)).isEqualTo("clinical stage: IIB → IIC");
		assertThat(lines.text("risk: low → high", KO)).isEqualTo("NCCN 위험도: 저위험 → 고위험");
		assertThat(lines.text("recurrent: false → true", KO)).isEqualTo("재발 종양: 아니요 → 예");
		assertThat(lines.text("borders: - → poorly-defined", KO)).isEqualTo("경계: - → 경계 불명확");
		assertThat(lines.text("BWH: T2a → T2b", KO)).isEqualTo("BWH T 분류: T2a → T2b");
	}

	@Test
	void pathologyFactsKeepTheirSpecimenAndLabelTheirValues() {
		assertThat(lines.text("S26-000016 breslowMm: 1.2 → 2.05", KO)).isEqualTo("S26-000016 Breslow 두께(mm): 1.2 → 2.05");
		assertThat(lines.text("report diagnosis: bcc → melanoma", KO)).isEqualTo("판독 보고서 진단: 기저세포암 → 흑색종");
		assertThat(lines.text("S26-000016 bccSubtypes: [nodular] → [nodular, infiltrative]", KO))
			.isEqualTo("S26-000016 기저세포암 아형: 결절형 → 결절형, 침윤형");
		assertThat(lines.text("new specimen S26-000027 (re-excision, melanoma)", KO)).isEqualTo("새 검체 S26-000027 (재절제, 흑색종)");
		assertThat(lines.text("correlation: discordant", KO)).isEqualTo("임상-병리 상관: 불일치");
	}

	@Test
	void workupResultsAreWordsAndTypedSitesStayQuoted() {
		assertThat(lines.text("slnb: left-axilla: 2/3 positive, largest deposit 1.5 mm, ENE", KO))
			.isEqualTo("감시림프절 생검 결과: 왼쪽 겨드랑이, 3개 중 2개 양성, 최대 전이 병소 1.5 mm, 림프절 외 침범");
		assertThat(lines.text("ldh: 300 U/L (ULN 250) elevated", KO)).isEqualTo("혈청 LDH 결과: 300 U/L (정상 상한 250), 상승");
		String html = lines.render("withdrawn ct: left lung <b>: yes (op <voided>)", KO, true);
		assertThat(html).isEqualTo("CT 결과 철회: <span translate=\"no\">left lung &lt;b&gt;</span>: 전이 있음"
				+ " (<span translate=\"no\">op &lt;voided&gt;</span>)");
	}

	@Test
	void anUnknownLineIsShownAsWrittenAndEscaped() {
		assertThat(lines.render("<script>x</script>", KO, true)).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
		assertThat(lines.render("nonsense: a → b", KO, true)).isEqualTo("nonsense: a → b");
	}
}
