package org.cutis.drug.web;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract GET /api/v1/drugs?q= → {"code","nameKo","nameEn","atc","drugClass"}. */
@CutisTest
class DrugCatalogueApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void drugsAreFoundByEnglishOrKoreanNameOrAtcCodeWithTheirClass() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(get("/api/v1/drugs").param("q", "cetux").with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("cetuximab"))
			.andExpect(jsonPath("$[0].nameKo").value("세툭시맙"))
			.andExpect(jsonPath("$[0].nameEn").value("Cetuximab"))
			.andExpect(jsonPath("$[0].atc").value("L01FE01"))
			.andExpect(jsonPath("$[0].drugClass").value("egfr-inhibitor"));
		mvc.perform(get("/api/v1/drugs").param("q", "펨브롤").with(login.as(clerk)))
			.andExpect(jsonPath("$[0].code").value("pembrolizumab"))
			.andExpect(jsonPath("$[0].drugClass").value("immune-checkpoint-inhibitor"));
		// the ATC group L01BC is the pyrimidine analogues: fluorouracil and capecitabine
		mvc.perform(get("/api/v1/drugs").param("q", "l01bc").with(login.as(clerk)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].drugClass").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("fluoropyrimidine"))));
	}

	@Test
	void wildcardsAreLettersAndNothingMatchesNothing() throws Exception {
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		mvc.perform(get("/api/v1/drugs").param("q", "%").with(login.as(nurse)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/drugs").param("q", "zzqx").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}
}
