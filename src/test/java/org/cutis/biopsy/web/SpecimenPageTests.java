package org.cutis.biopsy.web;

import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The order form's purpose, and the specimen page with its purpose, result and every step. */
@CutisTest
class SpecimenPageTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;

	@Test
	void theOrderFormOffersThePurposesAndThePageShowsTheChosenOne() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		var o = flow.order(derm, clinic.patient(), "melanoma", "punch");
		mvc.perform(get("/lesions/" + o.lesionId() + "/biopsies/new").with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"DIAGNOSTIC\" selected=\"selected\">진단 생검</option>")))
			.andExpect(content().string(containsString("재절제(광범위 국소 절제)")))
			.andExpect(content().string(containsString("재발 의심")))
			.andExpect(content().string(containsString("전이 의심")));
		String location = mvc.perform(post("/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.param("purpose", "METASTASIS")
			.param("technique", "PUNCH")
			.param("punchDiameterMm", "4")
			.param("clinicalHistory", "new nodule 3 cm from the scar")
			.param("photoId", o.photoId())
			.param("acknowledgeMelanomaWarning", "false"))
			.andExpect(redirectedUrlPattern("/specimens/*?ordered"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location.replace("?ordered", "")).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(content().string(matchesPattern(
					"(?s).*<dd id=\"specimen-purpose\">Suspected metastasis</dd>.*")));
	}

	@Test
	void thePageListsEveryStepWithItsReason() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var o = flow.order(derm, clinic.patient(), "bcc", "punch");
		flow.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		flow.step(derm, o.specimenId(), "{\"type\": \"void\", \"reason\": \"ordered on the wrong lesion\"}");
		mvc.perform(get("/specimens/" + o.specimenId()).with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"specimen-purpose\">Diagnostic biopsy</dd>")))
			.andExpect(content().string(containsString("<dd id=\"void-reason-shown\">ordered on the wrong lesion</dd>")))
			.andExpect(content().string(matchesPattern("(?s).*<tr class=\"step-ordered\">.*Test dermatologist \\(Dermatology\\)"
					+ ".*<tr class=\"step-collected\">.*Test nurse.*<tr class=\"step-voided\">.*Test dermatologist"
					+ ".*ordered on the wrong lesion.*")));
	}
}
