package org.cutis.staging;

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

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class CancerApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	String pathologist;
	String dermatologist;
	String patientId;

	@BeforeEach
	void setUp() throws Exception {
		pathologist = staff.create(Role.PATHOLOGIST);
		dermatologist = staff.create(Role.DERMATOLOGIST);
		patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(staff.create(Role.CLERK))).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "박지훈", "nameLatin": "PARK Jihoon", "sex": "male", "birthDate": "1961-02-03"}
					"""))
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	static String melanoma(String patientId, UUID lesion, UUID report, String breslow) {
		return org.cutis.support.Findings.melanoma(patientId, lesion, report, breslow);
	}

	String record(String body) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/cancers").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aSignedMelanomaOpensACancerWithItsComputedStageOnceOnly() throws Exception {
		UUID lesion = UUID.randomUUID();
		UUID report = UUID.randomUUID();
		String id = record(melanoma(patientId, lesion, report, "1.5"));
		String again = record(melanoma(patientId, lesion, report, "1.5"));
		org.assertj.core.api.Assertions.assertThat(again).isEqualTo(id);
		mvc.perform(get("/api/v1/cancers/" + id).with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("melanoma"))
			.andExpect(jsonPath("$.current.pathological.t").value("pT2a"))
			.andExpect(jsonPath("$.current.clinical.stage").value("IB"))
			.andExpect(jsonPath("$.current.slnbAdvice").value("offer"))
			.andExpect(jsonPath("$.current.ruleVersion").value(containsString("AJCC-8")))
			.andExpect(jsonPath("$.current.explanation[0]").exists())
			.andExpect(jsonPath("$.history", hasSize(1)));
		mvc.perform(get("/patients/" + patientId).with(login.as(dermatologist)))
			.andExpect(content().string(containsString("/cancers/" + id)));
	}

	@Test
	void anOverrideNeedsAReasonAndKeepsTheComputedStage() throws Exception {
		String id = record(melanoma(patientId, UUID.randomUUID(), UUID.randomUUID(), "0.5"));
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override").with(login.as(dermatologist))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\": \"IB\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("A stage override needs a reason."));
		mvc.perform(post("/api/v1/cancers/" + id + "/staging/override").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\": \"IB\", \"reason\": \"deep margin transected; thickness underestimated\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.status").value("overridden"))
			.andExpect(jsonPath("$.current.effectiveStage").value("IB"))
			.andExpect(jsonPath("$.current.pathological.stage").value("IA"))
			.andExpect(jsonPath("$.current.overrideReason").value(containsString("transected")));
		mvc.perform(post("/api/v1/cancers/" + id + "/recurrence").with(login.as(dermatologist)))
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.history[1].status").value("overridden"))
			.andExpect(jsonPath("$.history[0].occasion").value("recurrence"));
	}

	@Test
	void badFindingsAreRefusedFieldByFieldAndPatientsCannotRecord() throws Exception {
		mvc.perform(post("/api/v1/cancers").with(login.as(pathologist)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"patientId\": \"%s\", \"kind\": \"sarcoma\"}".formatted(patientId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
		mvc.perform(post("/api/v1/cancers").with(login.as(pathologist)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"patientId\": \"%s\", \"kind\": \"melanoma\", \"breslowMm\": 140}".formatted(patientId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("breslowMm")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lesionId")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("diagnosisDate")));
		mvc.perform(post("/api/v1/cancers").with(login.as(staff.create(Role.CLERK))).contentType(MediaType.APPLICATION_JSON)
			.content(melanoma(patientId, UUID.randomUUID(), UUID.randomUUID(), "1.0")))
			.andExpect(status().isForbidden());
	}
}
