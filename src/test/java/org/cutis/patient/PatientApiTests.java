package org.cutis.patient;

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
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class PatientApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	String clerk;
	String admin;

	@BeforeEach
	void accounts() {
		clerk = staff.create(Role.CLERK);
		admin = staff.create(Role.ADMIN);
	}

	static String uniqueHangul() {
		// a syllable block unlikely to be used by other tests, so prefix searches are exact
		char a = (char) (0xAC00 + (int) (Math.random() * 11000));
		char b = (char) (0xAC00 + (int) (Math.random() * 11000));
		return "" + a + b + "수";
	}

	String register(String hangul, String latin, String birthDate) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "%s", "nameLatin": "%s", "sex": "male", "birthDate": "%s", "phone": "010-1234-5678"}
					""".formatted(hangul, latin, birthDate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mrn").value(matchesPattern("\\d{8}")))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void registersTheContractExampleAndReadsItBack() throws Exception {
		String id = register("김민수", "KIM Minsu", "1958-03-14");
		mvc.perform(get("/api/v1/patients/" + id).with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameHangul").value("김민수"))
			.andExpect(jsonPath("$.sex").value("male"))
			.andExpect(jsonPath("$.birthDate").value("1958-03-14"));
	}

	@Test
	void findsByTwoLetterHangulPrefixLatinPrefixMrnAndBirthDate() throws Exception {
		String hangul = uniqueHangul();
		String latin = "ZQX" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
		String id = register(hangul, latin, "1971-07-09");
		String mrn = JsonPath.read(
				mvc.perform(get("/api/v1/patients/" + id).with(login.as(clerk))).andReturn().getResponse()
					.getContentAsString(),
				"$.mrn");

		mvc.perform(get("/api/v1/patients").param("q", hangul.substring(0, 2)).with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/patients").param("q", latin.substring(0, 5).toLowerCase()).with(login.as(clerk)))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/patients").param("q", mrn).with(login.as(clerk)))
			.andExpect(jsonPath("$.items[0].id").value(id));
		mvc.perform(get("/api/v1/patients").param("q", "1971-07-09").with(login.as(clerk)))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
	}

	@Test
	void pagesWithAKeysetCursorWithoutRepeatsOrGaps() throws Exception {
		String prefix = uniqueHangul().substring(0, 2);
		for (int i = 0; i < 25; i++) {
			register(prefix + (char) ('가' + i), "PAGE Test", "1980-01-0" + (1 + i % 9));
		}
		MvcResult first = mvc.perform(get("/api/v1/patients").param("q", prefix).with(login.as(clerk)))
			.andExpect(jsonPath("$.items.length()").value(20))
			.andReturn();
		String next = JsonPath.read(first.getResponse().getContentAsString(), "$.next");
		assertThat(next).isNotNull();
		mvc.perform(get("/api/v1/patients").param("q", prefix).param("cursor", next).with(login.as(clerk)))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void namesEveryInvalidFieldInTheUsersLanguageAndSavesNothing() throws Exception {
		mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "김민수", "sex": "man", "birthDate": "2999-01-01", "phone": "12"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("sex")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("birthDate")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message")
				.value(hasItem("The date of birth cannot be in the future.")));
		mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.header("Accept-Language", "ko")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "김민수", "sex": "male", "birthDate": "2999-01-01"}
					"""))
			.andExpect(jsonPath("$.errors[0].message").value("생년월일은 미래일 수 없습니다."));
	}

	@Test
	void anMrnWithAWrongCheckDigitIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/patients").param("q", "10000010").with(login.as(clerk)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mrn"));
	}

	@Test
	void aSecondSaveOfAnOldVersionIsRefusedWithWhatChanged() throws Exception {
		String id = register(uniqueHangul(), "LOCK Test", "1966-02-02");
		String change = """
				{"nameHangul": "%s", "nameLatin": "LOCK Test", "sex": "male", "birthDate": "1966-02-02",
				 "phone": "%s", "version": 0}
				""";
		mvc.perform(put("/api/v1/patients/" + id).with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted("가나다", "010-1111-2222")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/patients/" + id).with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted("가나라", "010-3333-4444")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.changes.phone").value("010-1111-2222"));
		mvc.perform(get("/api/v1/patients/" + id).with(login.as(clerk)))
			.andExpect(jsonPath("$.phone").value("010-1111-2222"));
	}

	@Test
	void everyViewSearchAndCreateIsInTheAuditLogNewestFirst() throws Exception {
		String hangul = uniqueHangul();
		String id = register(hangul, "AUDIT Test", "1950-05-05");
		mvc.perform(get("/api/v1/patients/" + id).with(login.as(clerk)));
		mvc.perform(get("/api/v1/patients").param("q", hangul).with(login.as(clerk)));
		mvc.perform(get("/api/v1/audit").param("patientId", id).with(login.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("SEARCH"))
			.andExpect(jsonPath("$.items[1].action").value("VIEW"))
			.andExpect(jsonPath("$.items[2].action").value("CREATE"))
			.andExpect(jsonPath("$.items[0].user").value(clerk))
			.andExpect(jsonPath("$.items[0].at").exists());
	}

	@Test
	void aClerkCannotReadTheAuditLog() throws Exception {
		mvc.perform(get("/api/v1/audit").with(login.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(login.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/staff").with(login.as(clerk))).andExpect(status().isForbidden());
	}

	@Test
	void aPatientAccountSeesItsOwnRecordAndNoOther() throws Exception {
		String own = register(uniqueHangul(), "OWN Record", "1990-01-01");
		String other = register(uniqueHangul(), "OTHER Record", "1990-01-01");
		String patient = staff.createPatientAccount(UUID.fromString(own));
		mvc.perform(get("/api/v1/patients/" + own).with(login.as(patient))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/patients/" + other).with(login.as(patient))).andExpect(status().isNotFound());
		mvc.perform(get("/patients/" + other).with(login.as(patient))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients").param("q", "OTHER").with(login.as(patient)))
			.andExpect(status().isForbidden());
	}
}
