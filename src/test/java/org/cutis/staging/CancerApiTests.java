package org.cutis.staging;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A cancer as the API shows it, its overrides, and the facts no one can write around pathology. */
@CutisTest
class CancerApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The staging explanation and the board's case summary speak the language the API request
	 * asks for: English by default (the contract's language), Korean for Accept-Language ko.
	 */
	@Test
	void explanationsFollowAcceptLanguage() throws Exception {
		Signed s = cancers.melanoma("1.5", false);
		String english = mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String korean = mvc
			.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist()))
				.header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> inEnglish = JsonPath.read(english, "$.current.explanation");
		List<String> inKorean = JsonPath.read(korean, "$.current.explanation");
		assertThat(inEnglish).isNotEmpty().noneMatch(CancerApiTests::hasHangul);
		assertThat(inKorean).hasSameSizeAs(inEnglish).anyMatch(CancerApiTests::hasHangul);
		List<String> caseIds = jdbc.queryForList("select id::text from board_case where cancer_id = ?", String.class,
				s.cancerId());
		for (String caseId : caseIds) {
			String summary = mvc
				.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(s.dermatologist()))
					.header("Accept-Language", "ko"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> lines = JsonPath.read(summary, "$.cancer.explanation");
			assertThat(lines).isNotEmpty().anyMatch(CancerApiTests::hasHangul);
		}
	}

	static boolean hasHangul(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	@Test
	void aSignedMelanomaOpensACancerWithItsPrefixedStageAndEvidence() throws Exception {
		Signed s = cancers.melanoma("1.5", false);
		mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("melanoma"))
			.andExpect(jsonPath("$.diagnosis").value("melanoma"))
			.andExpect(jsonPath("$.diagnosisDate").isString())
			.andExpect(jsonPath("$.evidence.reportIds", hasSize(1)))
			.andExpect(jsonPath("$.evidence.reportIds[0]").value(s.reportId()))
			.andExpect(jsonPath("$.evidence.items[0].role").value("diagnostic"))
			.andExpect(jsonPath("$.current.t").value("pT2a"))
			.andExpect(jsonPath("$.current.n").value("cN0"))
			.andExpect(jsonPath("$.current.m").value("cM0"))
			.andExpect(jsonPath("$.current.stage").value("IB"))
			.andExpect(jsonPath("$.current.pathological.t").value("pT2a"))
			.andExpect(jsonPath("$.current.pathological.n").value("pNX"))
			.andExpect(jsonPath("$.current.pathological.stage").doesNotExist())
			.andExpect(jsonPath("$.current.clinical.stage").value("IB"))
			.andExpect(jsonPath("$.current.slnbAdvice").value("offer"))
			.andExpect(jsonPath("$.current.ruleVersion").value(containsString("AJCC-8")))
			.andExpect(jsonPath("$.current.explanation[0]").exists())
			.andExpect(jsonPath("$.history", hasSize(1)));
		mvc.perform(get("/patients/" + s.patientId()).with(login.as(s.dermatologist())))
			.andExpect(content().string(containsString("/cancers/" + s.cancerId())));
		mvc.perform(get("/cancers/" + s.cancerId()).with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence\"")));
	}

	/** Finding 13: an override is carried forward while the computed stage stands, then kept for review. */
	@Test
	void anOverrideNeedsAReasonIsCarriedForwardAndFlaggedWhenTheFactsChange() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		String id = s.cancerId().toString();
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override").with(login.as(s.dermatologist()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\": \"IB\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("A stage override needs a reason."));
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override").with(login.as(s.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"stage two\", \"reason\": \"r\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override").with(login.as(s.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\": \"IB\", \"reason\": \"deep margin transected; thickness underestimated\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.status").value("overridden"))
			.andExpect(jsonPath("$.current.effectiveStage").value("IB"))
			.andExpect(jsonPath("$.current.pathological.stage").value("IA"))
			.andExpect(jsonPath("$.current.overrideReason").value(containsString("transected")));
		// new clinical findings restage without changing the computed stage: the override still applies
		mvc.perform(post("/api/v1/cancers/" + id + "/clinical-findings").with(login.as(s.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"immunosuppressed\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.current.occasion").value("clinical-findings"))
			.andExpect(jsonPath("$.current.effectiveStage").value("IB"))
			.andExpect(jsonPath("$.current.overrideCarried").value(true));
		// a thicker re-excision changes the computed stage: the override is kept beside it for review
		cancers.another(s, "re-excision", """
				{"diagnosis": "melanoma", "breslowMm": 1.2, "ulceration": false, "deepMarginInvolved": false,
				 "peripheralMarginInvolved": false}
				""");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
			mvc.perform(get("/api/v1/cancers/" + id).with(login.as(s.dermatologist())))
				.andExpect(jsonPath("$.current.t").value("pT2a"))
				.andExpect(jsonPath("$.current.effectiveStage").value("IB"))
				.andExpect(jsonPath("$.current.overrideStage").doesNotExist())
				.andExpect(jsonPath("$.current.staleOverrideStage").value("IB"))
				.andExpect(jsonPath("$.current.staleOverrideReason").value(containsString("transected"))));
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override/withdraw").with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.occasion").value("override-withdrawn"))
			.andExpect(jsonPath("$.current.staleOverrideStage").doesNotExist());
		mvc.perform(post("/api/v1/cancers/" + id + "/recurrence").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.history[0].occasion").value("recurrence"));
	}

	/**
	 * Finding 14: tumour facts come only from signed pathology; the old back doors are closed for every
	 * role (an administrator, who reads no cancers, is refused before the method is looked at).
	 */
	@Test
	void noRoleCanWriteTumourFactsAroundPathology() throws Exception {
		String body = """
				{"patientId": "%s", "lesionId": "%s", "reportId": "%s", "kind": "melanoma", "breslowMm": 3.2,
				 "diagnosisDate": "2026-03-02"}
				""".formatted(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), java.util.UUID.randomUUID());
		for (Role role : new Role[] { Role.ADMIN, Role.RADIATION_ONCOLOGIST, Role.PATHOLOGIST, Role.DERMATOLOGIST }) {
			String user = staff.create(role);
			int closed = role == Role.ADMIN ? 403 : 405;
			mvc.perform(post("/api/v1/cancers").with(login.as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().is(closed));
			mvc.perform(post("/api/v1/cancers/amendments").with(login.as(user)).contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().is(closed));
		}
	}

	@Test
	void clinicalFindingsAreCheckedFieldByField() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		mvc.perform(post("/api/v1/cancers/" + s.cancerId() + "/clinical-findings").with(login.as(s.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"borders\": \"fuzzy\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("borders")));
		mvc.perform(post("/api/v1/cancers/" + s.cancerId() + "/clinical-findings").with(login.as(staff.create(Role.CLERK)))
			.contentType(MediaType.APPLICATION_JSON).content("{\"recurrent\": true}"))
			.andExpect(status().isForbidden());
	}
}
