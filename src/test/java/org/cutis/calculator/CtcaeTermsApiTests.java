package org.cutis.calculator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/ctcae-terms?q=: CTCAE terms by Korean or English name and clinical synonym. */
@CutisTest
class CtcaeTermsApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void handFootSkinReactionLeadsToPalmarPlantarErythrodysesthesia() throws Exception {
		String nurse = staff.create(Role.NURSE);
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "hand-foot skin reaction").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].term").value("Palmar-plantar erythrodysesthesia syndrome"))
			.andExpect(jsonPath("$[0].nameEn").value("Palmar-plantar erythrodysesthesia syndrome"))
			.andExpect(jsonPath("$[0].nameKo").value("손발바닥 홍반성 감각이상 증후군(수족증후군)"))
			.andExpect(jsonPath("$[0].grades", contains(1, 2, 3)))
			.andExpect(jsonPath("$[0].criteria", contains("symptoms", "pain", "adlLimit")));
	}

	@Test
	void koreanAndEnglishQueries() throws Exception {
		String dermatologist = staff.create(Role.DERMATOLOGIST);
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "수족증후군").with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].term").value("Palmar-plantar erythrodysesthesia syndrome"));
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "여드름양 발진").with(login.as(dermatologist)))
			.andExpect(jsonPath("$[0].term").value("Rash acneiform"))
			.andExpect(jsonPath("$[0].grades", contains(1, 2, 3, 4, 5)));
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "SJS").with(login.as(dermatologist)))
			.andExpect(jsonPath("$[0].term").value("Stevens-Johnson syndrome"))
			.andExpect(jsonPath("$[0].grades", contains(3, 4, 5)));
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "radiation dermatitis").with(login.as(dermatologist)))
			.andExpect(jsonPath("$[0].term").value("Dermatitis radiation"))
			.andExpect(jsonPath("$[0].nameKo").value("방사선 피부염"));
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "nothing like it").with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/ctcae-terms").with(login.as(dermatologist)))
			.andExpect(jsonPath("$", hasSize(18)));
	}

	@Test
	void staffOnly() throws Exception {
		mvc.perform(get("/api/v1/ctcae-terms").param("q", "SJS")).andExpect(status().isUnauthorized());
	}
}
