package org.cutis.calculator;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class RulesApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	String dermatologist;

	@BeforeEach
	void account() {
		dermatologist = staff.create(Role.DERMATOLOGIST);
	}

	ResultActions evaluate(String rule, String body) throws Exception {
		return mvc.perform(post("/api/v1/rules/" + rule).with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(body));
	}

	@Test
	void melanomaTOfTheContractExample() throws Exception {
		evaluate("melanoma.t", """
				{"breslowMm": 0.75, "ulceration": false}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("T1b"))
			.andExpect(jsonPath("$.explanation", not(empty())))
			.andExpect(jsonPath("$.explanation[0]").value(containsString("0.8 mm")))
			.andExpect(jsonPath("$.source").value(containsString("AJCC")))
			.andExpect(jsonPath("$.ruleSet").isNotEmpty())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(jsonPath("$.rule").doesNotExist());
	}

	@Test
	void decimalsKeepTheirWrittenValueBeforeRounding() throws Exception {
		// 0.85 must not become 0.8499999...: half-up to 0.9 mm, still T1b; 1.05 -> 1.1 -> T2a
		evaluate("melanoma.t", "{\"breslowMm\": 1.05}").andExpect(jsonPath("$.result.value").value("T2a"));
	}

	@Test
	void pathologicalStageIIIA() throws Exception {
		evaluate("melanoma.stage", """
				{"classification": "pathological", "t": "T2a", "n": "N1a", "m": "M0"}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.result.value").value("IIIA"));
	}

	@Test
	void resultsWithMoreFieldsKeepThem() throws Exception {
		evaluate("melanoma.margin", "{\"breslowMm\": 1.5}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.minCm").exists())
			.andExpect(jsonPath("$.result.maxCm").exists());
		evaluate("ctcae.grade", "{\"term\": \"Rash acneiform\", \"bsaPercent\": 20}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value(2))
			.andExpect(jsonPath("$.result.definition").isNotEmpty());
		evaluate("followup.schedule", "{\"diagnosis\": \"melanoma\", \"stage\": \"IIB\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.periods[0].fromYear").value(0));
	}

	/** Issue 8, finding 12: an indeterminate answer is a 200 whose result names the missing fields. */
	@Test
	void anIndeterminateAnswerNamesTheMissingFields() throws Exception {
		evaluate("bcc.risk", """
				{"site": "trunk", "diameterCm": 1.0}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("indeterminate"))
			.andExpect(jsonPath("$.result.missing", contains("borders", "subtype")))
			.andExpect(jsonPath("$.explanation[0]").value(containsString("between low and high risk")));
		evaluate("cscc.bwh", "{\"diameterCm\": 1.0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("indeterminate"))
			.andExpect(jsonPath("$.result.missing", contains("differentiation")));
		evaluate("cscc.bwh", "{\"diameterCm\": 1.0, \"boneInvasion\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("T3"))
			.andExpect(jsonPath("$.result.missing").doesNotExist());
	}

	/** Issue 8, findings 10 and 11 through the API. */
	@Test
	void sentinelNodeAdviceReadsItmAndImagingHasItsRule() throws Exception {
		evaluate("melanoma.slnb", "{\"t\": \"T1a\", \"itm\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("consider"));
		evaluate("melanoma.slnb", "{\"t\": \"T1a\", \"microstagingUncertain\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("consider"))
			.andExpect(jsonPath("$.explanation", hasItem(containsString("thickness is a minimum"))));
		evaluate("melanoma.imaging", "{\"stage\": \"IA\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("not-routine"))
			.andExpect(jsonPath("$.source").value(containsString("NCCN")));
		evaluate("melanoma.imaging", "{\"stage\": \"V\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
	}

	@Test
	void invalidInputIsAProblemNamingTheField() throws Exception {
		evaluate("melanoma.t", "{\"breslowMm\": -1}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.errors[0].field").value("breslowMm"))
			.andExpect(jsonPath("$.errors[0].message").value("Breslow thickness must be between 0 and 100 mm"));
	}

	@Test
	void notApplicableStageNamesTheField() throws Exception {
		evaluate("melanoma.stage", """
				{"classification": "pathological", "t": "T0", "n": "N0", "m": "M0"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("n"));
	}

	@Test
	void unknownRuleIs404NamingRule() throws Exception {
		evaluate("melanoma.x", "{}").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("rule"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("melanoma.x")));
	}

	@Test
	void aBodyThatIsNotAJsonObjectNamesBody() throws Exception {
		evaluate("melanoma.t", "{\"breslowMm\": ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		evaluate("melanoma.t", "[1, 2]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		evaluate("melanoma.t", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(dermatologist))
			.contentType(MediaType.TEXT_PLAIN)
			.content("breslow 0.75"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void problemsSpeakTheUsersLanguage() throws Exception {
		mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ko")
			.content("{\"breslowMm\": 101}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("입력값 오류"))
			.andExpect(jsonPath("$.errors[0].field").value("breslowMm"));
	}

	/** Issue 10: the rule's own reason in the language asked for, English when none is (the contract's). */
	@Test
	void aRuleErrorSpeaksTheLanguageAskedForAndEnglishByDefault() throws Exception {
		mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ko")
			.content("{\"breslowMm\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("입력값 오류"))
			.andExpect(jsonPath("$.errors[0].field").value("breslowMm"))
			.andExpect(jsonPath("$.errors[0].message").value("Breslow 두께는 0에서 100 mm 사이여야 합니다."));
		mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breslowMm\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("breslowMm"))
			.andExpect(jsonPath("$.errors[0].message").value("Breslow thickness must be between 0 and 100 mm"));
		mvc.perform(post("/api/v1/rules/cscc.stage").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ko-KR,ko;q=0.9")
			.content("{\"t\": \"TX\", \"n\": \"N0\", \"m\": \"M0\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("t"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("병기군을 정할 수 없습니다")));
	}

	@Test
	void listsTheRuleNames() throws Exception {
		mvc.perform(get("/api/v1/rules").with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(17)))
			.andExpect(jsonPath("$", hasItems("melanoma.t", "melanoma.stage", "cscc.n", "bcc.risk", "mohs.auc",
					"ctcae.grade", "followup.schedule", "melanoma.imaging", "oncoderm.advice", "oncoderm.prophylaxis")));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/api/docs.json").with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/rules/{rule}'].post.summary").value("Evaluate one rule"))
			.andExpect(jsonPath("$.paths['/api/v1/rules'].get").exists());
	}

	@Test
	void withoutLoginTheAnswerIs401() throws Exception {
		mvc.perform(get("/api/v1/rules")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/rules/melanoma.t").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breslowMm\": 0.75}")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/rules/melanoma.t").header("Authorization", "Bearer not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breslowMm\": 0.75}")).andExpect(status().isUnauthorized());
	}

	@Test
	void aBearerTokenIsEnough() throws Exception {
		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(dermatologist, Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		mvc.perform(post("/api/v1/rules/cscc.t").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diameterCm\": 2.0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value").value("T2"));
	}
}
