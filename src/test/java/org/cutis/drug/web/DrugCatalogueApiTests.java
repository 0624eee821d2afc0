package org.cutis.drug.web;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void anOncologistAddsADrugThatReferralsCanThenNameAndRetiresAndRestoresItWithItsVersion() throws Exception {
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String body = """
				{"nameKo": "아미반타맙", "nameEn": "Amivantamab", "atc": "l01fx18", "drugClass": "egfr-inhibitor"}
				""";
		mvc.perform(post("/api/v1/drugs").with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/drugs").with(login.as(oncologist)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("amivantamab"))
			.andExpect(jsonPath("$.atc").value("L01FX18"))
			.andExpect(jsonPath("$.drugClass").value("egfr-inhibitor"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(get("/api/v1/drugs").param("q", "아미반").with(login.as(nurse)))
			.andExpect(jsonPath("$[0].code").value("amivantamab"));
		// the same drug again is refused, whatever the case of its name
		mvc.perform(post("/api/v1/drugs").with(login.as(oncologist)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(body.replace("Amivantamab", "AMIVANTAMAB")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nameEn"))
			.andExpect(jsonPath("$.errors[0].message").value("The catalogue already has this drug."));

		mvc.perform(post("/api/v1/drugs/amivantamab/retire").with(login.as(oncologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/drugs").param("q", "amivant").with(login.as(nurse)))
			.andExpect(jsonPath("$", hasSize(0)));
		// someone who read version 0 cannot undo the retirement unseen
		mvc.perform(post("/api/v1/drugs/amivantamab/restore").with(login.as(oncologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/drugs/amivantamab/restore").with(login.as(oncologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'drug' and record_id = 'amivantamab'"
				+ " order by at", String.class)).containsExactly("added Amivantamab (L01FX18, egfr-inhibitor)", "retired",
						"restored");
	}

	@Test
	void aBadAtcCodeAndAnUnknownClassAreFieldErrorsThatExplainTheRuleInTheUsersLanguage() throws Exception {
		String admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		String bad = """
				{"nameKo": "테스트맙", "nameEn": "Testumab", "atc": "L1FE01", "drugClass": "antibody"}
				""";
		mvc.perform(post("/api/v1/drugs").with(login.as(admin)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("atc"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("a capital letter, two digits, two capital "
					+ "letters, two digits (e.g. L01FE01)")))
			.andExpect(jsonPath("$.errors[1].field").value("drugClass"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("egfr-inhibitor, immune-checkpoint-inhibitor")));
		mvc.perform(post("/api/v1/drugs").with(login.as(admin)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ko").content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ATC 코드는 7자리입니다")));
		mvc.perform(post("/api/v1/drugs").with(login.as(admin)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("nameKo")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("nameEn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("atc")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("drugClass")));
	}

	@Test
	void theCataloguePageListsSearchesAndLetsAdministratorsMaintainIt() throws Exception {
		String admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(get("/drugs").param("q", "세툭").with(login.as(clerk)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("세툭시맙")))
			.andExpect(content().string(containsString("EGFR 억제제")))
			.andExpect(content().string(not(containsString("add-drug"))));
		mvc.perform(post("/drugs").with(login.as(clerk)).param("nameKo", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/drugs").with(login.as(admin)).header("Accept-Language", "ko")
			.param("nameKo", "티솔루맙").param("nameEn", "Tisolumab").param("atc", "L01").param("drugClass", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ATC 코드는 7자리입니다")));
		mvc.perform(post("/drugs").with(login.as(admin))
			.param("nameKo", "티솔루맙").param("nameEn", "Tisolumab").param("atc", "L01XX99").param("drugClass", "other"))
			.andExpect(redirectedUrl("/drugs#drug-tisolumab"));
		mvc.perform(post("/drugs/tisolumab/active").with(login.as(admin)).param("active", "false").param("version", "0"))
			.andExpect(redirectedUrl("/drugs#drug-tisolumab"));
		mvc.perform(get("/drugs").param("q", "tisolu").with(login.as(admin)).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("사용 중지")))
			.andExpect(content().string(containsString("다시 사용")));
	}
}
