package org.cutis.calculator.web;

import java.util.Map;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class CalculatorPageTests {
	/** One valid form per rule, with a text its result must show (in English). */
	static final Map<String, Map<String, String>> SAMPLES = Map.ofEntries(
			Map.entry("melanoma.t", Map.of("primaryFound", "true", "breslowMm", "0.75")),
			Map.entry("melanoma.n", Map.of("occultNodes", "1")),
			Map.entry("melanoma.m", Map.of("sites", "lung", "ldh", "elevated")),
			Map.entry("melanoma.stage", Map.of("classification", "pathological", "t", "T2a", "n", "N1a", "m", "M0")),
			Map.entry("melanoma.margin", Map.of("breslowMm", "1.5")),
			Map.entry("melanoma.slnb", Map.of("t", "T1a", "itm", "true", "microstagingUncertain", "true")),
			Map.entry("melanoma.imaging", Map.of("stage", "IIB")),
			Map.entry("cscc.t", Map.of("diameterCm", "2.0")),
			Map.entry("cscc.n", Map.of("classification", "pathological", "nodes[1].side", "ipsilateral",
					"nodes[1].sizeCm", "2.5")),
			Map.entry("cscc.stage", Map.of("t", "T2", "n", "N0", "m", "M0")),
			Map.entry("cscc.bwh", Map.of("diameterCm", "2.5", "differentiation", "poor")),
			Map.entry("bcc.risk", Map.of("site", "nose", "diameterCm", "0.5")),
			Map.entry("mohs.auc", Map.of("tumor", "bcc-nodular", "site", "nose", "diameterCm", "0.8", "patient", "healthy")),
			Map.entry("ctcae.grade", Map.of("term", "Rash acneiform", "bsaPercent", "20")),
			Map.entry("oncoderm.advice", Map.of("drugClass", "egfr-inhibitor", "term", "Rash acneiform", "grade", "3")),
			Map.entry("followup.schedule", Map.of("diagnosis", "melanoma", "stage", "IIB", "guideline", "NCCN")));

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	String nurse;

	@BeforeEach
	void account() {
		nurse = staff.create(Role.NURSE);
	}

	String page(MockHttpServletRequestBuilder request, String language) throws Exception {
		return mvc.perform(request.with(login.as(nurse)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void rendersInKoreanAndEnglishWithEveryFormAndNote() throws Exception {
		String ko = page(get("/calculators"), "ko");
		String en = page(get("/calculators"), "en");
		assertThat(ko).contains("임상 계산기", "흑색종 T 병기", "Breslow 두께 (mm)", "AJCC 8판", "지침 간 차이")
			.doesNotContain("??");
		assertThat(en).contains("Clinical calculators", "Melanoma T category", "Breslow thickness (mm)",
				"Guidelines disagree on melanoma follow-up", "UICC TNM 8th")
			.doesNotContain("??");
		assertThat(en).contains("name=\"htmx-config\"", "includeIndicatorStyles", "href=\"/calculators\"");
		for (Calculator calculator : Calculators.all()) {
			assertThat(en).as(calculator.rule()).contains("id=\"card-" + calculator.id() + "\"",
					"hx-post=\"/calculators/" + calculator.rule() + "/result\"",
					"action=\"/calculators/" + calculator.rule() + "#card-" + calculator.id() + "\"");
			for (CalculatorField field : calculator.fields()) {
				String id = field.kind() == CalculatorField.Kind.NODES ? calculator.id() + "-nodes-0-sizeCm"
						: field.kind() == CalculatorField.Kind.MULTI
								? calculator.id() + "-" + field.name() + "-" + field.options().get(0)
								: calculator.id() + "-" + field.name();
				assertThat(en).as(calculator.rule() + " " + field.name())
					.contains("id=\"" + id + "\"", "for=\"" + id + "\"");
			}
		}
		assertThat(en).contains("Stevens-Johnson syndrome", "Bullous dermatitis", "Palmar-plantar erythrodysesthesia");
	}

	@Test
	void anInvalidValueIsShownNextToItsFieldInTheUsersLanguage() throws Exception {
		String ko = page(post("/calculators/melanoma.t").param("primaryFound", "true").param("breslowMm", "-1"), "ko");
		assertThat(ko).contains("id=\"melanoma-t-breslowMm-error\"", "aria-invalid=\"true\"",
				"Breslow 두께 (mm): Breslow 두께는 0에서 100 mm 사이여야 합니다.")
			.doesNotContain("Breslow thickness must be")
			.contains("value=\"-1\"")
			.contains("임상 계산기");
		String en = page(post("/calculators/melanoma.t").param("breslowMm", "abc"), "en");
		assertThat(en).contains("Breslow thickness (mm): enter a number.");
	}

	@Test
	void withoutJavaScriptThePostAnswersWithTheWholePage() throws Exception {
		String en = page(post("/calculators/melanoma.stage").param("classification", "pathological")
			.param("t", "T2a")
			.param("n", "N1a")
			.param("m", "M0"), "en");
		assertThat(en).contains("<html", "IIIA", "AJCC", "How this was decided", "card-ctcae-grade");
	}

	@Test
	void theHtmxEndpointAnswersWithTheCardOnly() throws Exception {
		String en = page(post("/calculators/melanoma.t/result").header("HX-Request", "true")
			.param("primaryFound", "true")
			.param("breslowMm", "0.75"), "en");
		assertThat(en).doesNotContain("<html", "<header")
			.contains("id=\"card-melanoma-t\"", "T1b", "0.8 mm", "AJCC Cancer Staging Manual", "Rule set",
					"value=\"0.75\"");
	}

	@Test
	void everyRuleAnswersThroughItsForm() throws Exception {
		for (var sample : SAMPLES.entrySet()) {
			MockHttpServletRequestBuilder request = post("/calculators/" + sample.getKey() + "/result");
			sample.getValue().forEach(request::param);
			String ko = page(request, "ko");
			assertThat(ko).as(sample.getKey()).contains("class=\"explanation\"").doesNotContain("??", "field-error");
		}
		assertThat(page(post("/calculators/ctcae.grade/result").param("term", "Rash acneiform").param("bsaPercent", "20"),
				"ko")).contains("2등급");
		assertThat(page(post("/calculators/bcc.risk/result").param("site", "nose"), "en")).contains("High risk");
		assertThat(page(post("/calculators/followup.schedule/result").param("diagnosis", "melanoma")
			.param("stage", "IIB")
			.param("guideline", "NCCN"), "en")).contains("Years after treatment", "Every 3 to 6 months");
	}

	/** Issue 12: the chemotherapy skin-care advice shows an unverified row as such, in the reader's language. */
	@Test
	void skinCareAdviceShowsItsUnverifiedMark() throws Exception {
		String ko = page(post("/calculators/oncoderm.advice/result").param("drugClass", "radiotherapy")
			.param("term", "Dermatitis radiation")
			.param("grade", "2"), "ko");
		assertThat(ko).contains("피부 치료와 함께 계속", "출처 대조 여부", "미검증 [M]").doesNotContain("field-error", "??");
		String en = page(post("/calculators/oncoderm.advice/result").param("drugClass", "egfr-inhibitor")
			.param("term", "Rash acneiform")
			.param("grade", "3"), "en");
		assertThat(en).contains("Hold until grade 2 or lower", "doxycycline", "Yes: verified against a named source");
	}

	@Test
	void everyCalculatorHasASample() {
		assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(Calculators.all().stream().map(Calculator::rule).toList());
	}

	/** Issue 8, finding 12: the indeterminate answer and its missing fields, in both languages. */
	@Test
	void anIndeterminateAnswerShowsWhatIsMissing() throws Exception {
		String en = page(post("/calculators/bcc.risk/result").param("site", "trunk").param("diameterCm", "1.0"), "en");
		assertThat(en).contains("Indeterminate", "Missing to decide", "Clinical borders, Histologic subtype")
			.doesNotContain("field-error", "??");
		String ko = page(post("/calculators/cscc.bwh/result").param("diameterCm", "1.0"), "ko");
		assertThat(ko).contains("결정 불가", "결정에 필요한 누락 항목", "분화도").doesNotContain("field-error", "??");
	}

	@Test
	void sentinelNodeAdviceReadsTheNewCheckboxesAndImagingHasItsForm() throws Exception {
		String en = page(post("/calculators/melanoma.slnb/result").param("t", "T1a").param("itm", "true"), "en");
		assertThat(en).contains("id=\"melanoma-slnb-itm\"", "id=\"melanoma-slnb-microstagingUncertain\"", "Consider",
				"stage III (N1c at least)");
		String ko = page(post("/calculators/melanoma.imaging/result").param("stage", "IV"), "ko");
		assertThat(ko).contains("권고", "LDH").doesNotContain("field-error");
	}

	@Test
	void aNodeRowProblemStaysOnItsRow() throws Exception {
		String en = page(post("/calculators/cscc.n/result").param("classification", "pathological")
			.param("nodes[2].side", "ipsilateral")
			.param("nodes[2].sizeCm", "-1"), "en");
		assertThat(en).contains("id=\"cscc-n-nodes-2-sizeCm-error\"", "Node 3, Size (cm)");
	}

	@Test
	void anUnknownCalculatorIsNotFound() throws Exception {
		mvc.perform(post("/calculators/melanoma.x").with(login.as(nurse))).andExpect(status().isNotFound());
	}

	@Test
	void patientsHaveNoCalculators() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String registered = mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "계산수", "nameLatin": "KYE Sansu", "sex": "female", "birthDate": "1961-02-03", "phone": "010-2222-3333"}
					"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String patient = staff.createPatientAccount(UUID.fromString(JsonPath.read(registered, "$.id")));
		mvc.perform(get("/calculators").with(login.as(patient))).andExpect(status().isForbidden());
	}
}
