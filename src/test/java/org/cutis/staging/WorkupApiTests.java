package org.cutis.staging;

import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
class WorkupApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;

	String dermatologist;
	String nurse;
	String cancerId;

	@BeforeEach
	void setUp() throws Exception {
		dermatologist = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		cancerId = cancers.melanoma("1.5", false).cancerId().toString();
	}

	ResultActions result(String body) throws Exception {
		return mvc.perform(post("/api/v1/cancers/" + cancerId + "/workup-results").with(login.as(dermatologist))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void aPositiveSentinelNodeProposesPT2aN1aStageIIIAForConfirmation() throws Exception {
		mvc.perform(get("/api/v1/cancers/" + cancerId).with(login.as(dermatologist)))
			.andExpect(jsonPath("$.workupOrders", hasSize(1)))
			.andExpect(jsonPath("$.workupOrders[0].kind").value("slnb"))
			.andExpect(jsonPath("$.workupOrders[0].advice").value("offer"));
		String proposal = JsonPath.read(result("""
				{"kind": "slnb", "slnb": {"nodesExamined": 3, "nodesPositive": 1, "largestDepositMm": 0.8, "ene": false}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposal.status").value("pending-confirmation"))
			.andExpect(jsonPath("$.proposal.pathological.t").value("pT2a"))
			.andExpect(jsonPath("$.proposal.pathological.n").value("pN1a"))
			.andExpect(jsonPath("$.proposal.pathological.stage").value("IIIA"))
			.andExpect(jsonPath("$.proposal.changes").value(containsString("pN: pNX → pN1a")))
			.andExpect(jsonPath("$.cancer.current.effectiveStage").value("IB"))
			.andReturn().getResponse().getContentAsString(), "$.proposal.id");
		mvc.perform(post("/api/v1/cancers/" + cancerId + "/staging/" + proposal + "/accept").with(login.as(dermatologist)))
			.andExpect(jsonPath("$.current.id").value(proposal))
			.andExpect(jsonPath("$.current.effectiveStage").value("IIIA"))
			.andExpect(jsonPath("$.history", hasSize(2)));
		result("""
				{"kind": "ct", "imaging": {"findings": [{"site": "lung", "metastasis": "yes"}, {"site": "liver", "metastasis": "indeterminate"}]}}
				""")
			.andExpect(jsonPath("$.proposal.clinical.m").value("cM1b"))
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'slnb')].nodesPositive").value(hasItem(1)))
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'ct')].imaging[*].site").value(hasItem("lung")))
			.andExpect(jsonPath("$.proposal.pathological.stage").value("IV"));
	}

	@Test
	void impossibleResultsAreRefusedWithClearMessages() throws Exception {
		result("""
				{"kind": "slnb", "slnb": {"nodesExamined": 2, "nodesPositive": 3}}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slnb.nodesPositive"))
			.andExpect(jsonPath("$.errors[0].message").value("3 positive nodes cannot be more than the 2 nodes examined."));
		result("""
				{"kind": "ldh", "ldh": {"value": 320}}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ldh.unit")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ldh.upperLimitOfNormal")));
		result("""
				{"kind": "pet-ct", "imaging": {"findings": [{"site": "kidney", "metastasis": "maybe"}]}}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
		result("""
				{"kind": "ldh", "ldh": {"value": 320, "unit": "U/L", "upperLimitOfNormal": 250}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'ldh')].result").value(hasItem(containsString("elevated"))))
			// and as values a registry or the hospital's systems can read without parsing the sentence
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'ldh')].ldhValue").value(hasItem(320.0)))
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'ldh')].ldhUnit").value(hasItem("U/L")))
			.andExpect(jsonPath("$.cancer.workupOrders[?(@.kind == 'ldh')].ldhElevated").value(hasItem(true)));
	}

	@Test
	void openOrdersWaitOnTheCoordinatorsWorklistUntilDecided() throws Exception {
		String ct = JsonPath.read(mvc.perform(get("/api/v1/cancers/" + cancerId).with(login.as(dermatologist)))
			.andReturn().getResponse().getContentAsString(), "$.workupOrders[0].id");
		mvc.perform(get("/api/v1/workup-orders").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].order.id").value(hasItem(ct)))
			.andExpect(jsonPath("$[0].ageDays").isNumber());
		mvc.perform(post("/api/v1/cancers/" + cancerId + "/workup-orders/" + ct + "/decline").with(login.as(dermatologist))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/cancers/" + cancerId + "/workup-orders/" + ct + "/decline").with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"patient declines the operation\"}"))
			.andExpect(jsonPath("$.status").value("declined"));
		mvc.perform(get("/api/v1/workup-orders").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].order.id").value(org.hamcrest.Matchers.not(hasItem(ct))));
		mvc.perform(get("/cancers/" + cancerId).with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("patient declines the operation")));
		mvc.perform(get("/workup").with(login.as(nurse))).andExpect(status().isOk());
	}
}
