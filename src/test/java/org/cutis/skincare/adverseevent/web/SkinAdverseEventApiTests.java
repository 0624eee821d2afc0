package org.cutis.skincare.adverseevent.web;

import java.time.LocalDate;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API contract of skin adverse events, as issue 12 names it. */
@CutisTest
class SkinAdverseEventApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcTemplate jdbc;

	String derm;
	UUID patient;
	LocalDate today;

	@BeforeEach
	void setUp() {
		derm = staff.create(Role.DERMATOLOGIST);
		patient = clinic.patient();
		today = LocalDate.now(clock);
	}

	ResultActions postAs(String user, String path, String body, String language) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static final String ACNEIFORM_GRADE_3 = """
			{"term": "Rash acneiform", "findings": {"bsaPercent": 40, "symptoms": "severe"}, "onsetDate": "%s",
			 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
			""";

	String recordAcneiform() throws Exception {
		return JsonPath.read(postAs(derm, "/api/v1/patients/" + patient + "/adverse-events",
				ACNEIFORM_GRADE_3.formatted(today.minusDays(5)), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void anAcneiformRashOf40PercentWithSevereSymptomsIsProposedGrade3WithItsDefinition() throws Exception {
		postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", ACNEIFORM_GRADE_3.formatted(today.minusDays(5)),
				"en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.proposedGrade").value(3))
			.andExpect(jsonPath("$.gradeDefinition").value(containsString(">30% BSA with moderate or severe symptoms")))
			.andExpect(jsonPath("$.confirmedGrade").doesNotExist())
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.drugs[0].drug").value("cetuximab"))
			.andExpect(jsonPath("$.drugs[0].nameKo").value("세툭시맙"))
			.andExpect(jsonPath("$.drugs[0].drugClass").value("egfr-inhibitor"))
			.andExpect(jsonPath("$.drugs[0].attribution").value("probable"))
			.andExpect(jsonPath("$.history", hasSize(1)))
			.andExpect(jsonPath("$.history[0].findings.bsaPercent").value(40))
			.andExpect(jsonPath("$.explanation").isArray())
			// advice: null until oncoderm.advice exists, then the rule's answer (see the advice test)
			.andExpect(jsonPath("$.adviceByDrug").isArray());
	}

	@Test
	void redFlagsAskedAtTheVisitShowTheScarWarningAndStayOnTheRecord() throws Exception {
		String path = "/api/v1/patients/" + patient + "/adverse-events";
		String id = JsonPath.read(postAs(derm, path, """
				{"term": "Erythema multiforme", "findings": {"bsaPercent": 35, "mucosalErosions": true},
				 "onsetDate": "%s", "drugs": [{"drug": "pembrolizumab", "attribution": "probable"}],
				 "redFlags": ["mucosal-involvement", "skin-detachment"]}
				""".formatted(today.minusDays(2)), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scarWarning").value(true))
			.andExpect(jsonPath("$.redFlags", hasSize(2)))
			.andExpect(jsonPath("$.history[0].redFlags[0]").value("mucosal-involvement"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		// the next visit finds none: the signs seen once stay on the event's record
		postAs(derm, "/api/v1/adverse-events/" + id + "/assessments",
				"{\"date\": \"%s\", \"findings\": {\"bsaPercent\": 5}}".formatted(today), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.history[1].redFlags", hasSize(0)))
			.andExpect(jsonPath("$.scarWarning").value(true));
		// an ordinary rash carries no warning; an unknown sign is a field error naming the allowed ones
		postAs(derm, path, ACNEIFORM_GRADE_3.formatted(today.minusDays(1)), "en")
			.andExpect(jsonPath("$.scarWarning").value(false));
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5}, "onsetDate": "%s", "redFlags": ["itch"]}
				""".formatted(today), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("redFlags"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("mucosal-involvement")));
		// a referral that is not this patient's (here: none at all) is refused, so no reply reaches the wrong chart
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5}, "onsetDate": "%s", "referralId": "%s"}
				""".formatted(today, UUID.randomUUID()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("referralId"));
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from skin_adverse_event where patient_id = ? and term = 'Rash acneiform'", Integer.class,
				patient)).isEqualTo(1);
	}

	@Test
	void anEventRecordedInErrorIsVoidedFromItsPageWithTheReasonAndKept() throws Exception {
		String id = recordAcneiform();
		mvc.perform(get("/adverse-events/" + id).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ae-void-form")));
		// no reason: the page again with the error, nothing voided
		mvc.perform(post("/adverse-events/" + id + "/void").with(login.as(derm))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.header("Accept-Language", "ko").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"problems\"")));
		mvc.perform(post("/adverse-events/" + id + "/void").with(login.as(derm))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("reason", "recorded on the wrong patient"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/adverse-events/" + id).with(login.as(derm)))
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("recorded on the wrong patient"));
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from skin_adverse_event where id = ?::uuid", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void theGradeIsConfirmedAsProposedOrChangedOnlyWithAReason() throws Exception {
		String id = recordAcneiform();
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 2}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("proposed grade 3")));
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 2}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("사유")));
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 3}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedGrade").value(3))
			.andExpect(jsonPath("$.history[0].confirmedGrade").value(3))
			.andExpect(jsonPath("$.history[0].confirmedBy").value(derm));
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade",
				"{\"grade\": 2, \"reason\": \"pustules mostly on the scalp, symptoms controlled\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedGrade").value(2))
			.andExpect(jsonPath("$.history[0].reason").value("pustules mostly on the scalp, symptoms controlled"));
		mvc.perform(get("/api/v1/adverse-events/" + id).with(login.as(staff.create(Role.ONCOLOGIST))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value(2))
			.andExpect(jsonPath("$.history", hasSize(1)));
	}

	@Test
	void aGradeTheTermDoesNotDefineIsAFieldErrorNamingTheDefinedGrades() throws Exception {
		String id = JsonPath.read(postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Alopecia", "findings": {"hairLossPercent": 60, "wigNeeded": true}, "onsetDate": "%s",
				 "drugs": [{"drug": "paclitaxel", "attribution": "certain"}]}
				""".formatted(today.minusDays(30)), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedGrade").value(2))
			.andReturn().getResponse().getContentAsString(), "$.id");
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 4, \"reason\": \"worse\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grade"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("grade 4"), containsString("1, 2"))));
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 4, \"reason\": \"worse\"}", "ko")
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("4등급"), containsString("1, 2"))));
	}

	@Test
	void badInputIsAFieldErrorInTheUsersLanguage() throws Exception {
		String path = "/api/v1/patients/" + patient + "/adverse-events";
		postAs(derm, path, """
				{"term": "Acne of doom", "findings": {}, "onsetDate": "%s",
				 "drugs": [{"drug": "miracle-mab", "attribution": "probable"}, {"drug": "cetuximab", "attribution": "likely"}]}
				""".formatted(today), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("term",
					"drugs[0].drug", "drugs[1].attribution")))
			.andExpect(jsonPath("$.errors[?(@.field == 'drugs[0].drug')].message").value(
					hasItem(containsString("not in the drug catalogue"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'drugs[1].attribution')].message").value(
					hasItem(containsString("certain, probable, possible, unlikely, unrelated"))));
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5}, "onsetDate": "%s",
				 "drugs": [{"drug": "miracle-mab", "attribution": "possible", "freeEntry": true}]}
				""".formatted(today.plusDays(1)), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("onsetDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("미래")));
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 140}, "onsetDate": "%s", "drugs": []}
				""".formatted(today), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings.bsaPercent"));
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsa": 10}, "onsetDate": "%s", "drugs": []}
				""".formatted(today), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings.bsa"));
		// a free entry, marked, is recorded as typed and gives no advice (no drug class)
		postAs(derm, path, """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5}, "onsetDate": "%s",
				 "drugs": [{"drug": "miracle-mab", "attribution": "possible", "freeEntry": true}]}
				""".formatted(today), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.drugs[0].drug").value("miracle-mab"))
			.andExpect(jsonPath("$.drugs[0].freeEntry").value(true))
			.andExpect(jsonPath("$.proposedGrade").value(1))
			.andExpect(jsonPath("$.advice").doesNotExist());
	}

	@Test
	void overLongTypedValuesAreFieldErrorsNotServerErrors() throws Exception {
		String id = recordAcneiform();
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade",
				"{\"grade\": 2, \"reason\": \"%s\"}".formatted("x".repeat(1001)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Pruritus", "findings": {}, "onsetDate": "%s",
				 "drugs": [{"drug": "%s", "attribution": "possible", "freeEntry": true}]}
				""".formatted(today, "y".repeat(121)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("drug")));
	}

	/**
	 * Passes once the rule oncoderm.advice (branch oncoderm-rules) is merged: the single advice follows
	 * the drug with the strongest attribution; each catalogue drug has its own.
	 */
	@Test
	void adviceFollowsTheDrugWithTheStrongestAttributionOnceOncodermAdviceIsMerged() throws Exception {
		postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 40, "symptoms": "severe"}, "onsetDate": "%s",
				 "drugs": [{"drug": "pembrolizumab", "attribution": "possible"},
				           {"drug": "cetuximab", "attribution": "probable"},
				           {"drug": "paclitaxel", "attribution": "unrelated"}]}
				""".formatted(today.minusDays(2)), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.advice.drug").value("cetuximab"))
			.andExpect(jsonPath("$.advice.action").value("hold-until-grade-2"))
			.andExpect(jsonPath("$.advice.skinTreatment").value(containsString("doxycycline")))
			.andExpect(jsonPath("$.advice.source").value(containsString("ESMO")))
			.andExpect(jsonPath("$.advice.verified").isBoolean())
			.andExpect(jsonPath("$.adviceByDrug", hasSize(2)))
			.andExpect(jsonPath("$.adviceByDrug[0].drug").value("pembrolizumab"));
	}

	@Test
	void aFollowUpAssessmentProposesAgainAndTheEventIsResolvedWithItsDate() throws Exception {
		String id = recordAcneiform();
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 3}", "en").andExpect(status().isOk());
		postAs(derm, "/api/v1/adverse-events/" + id + "/assessments",
				"{\"date\": \"%s\", \"findings\": {\"bsaPercent\": 8, \"symptoms\": \"mild\"}}".formatted(today), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedGrade").value(1))
			.andExpect(jsonPath("$.confirmedGrade").doesNotExist())
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.history[0].confirmedGrade").value(3))
			.andExpect(jsonPath("$.history[1].proposedGrade").value(1));
		postAs(derm, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 1}", "en")
			.andExpect(jsonPath("$.grade").value(1));
		postAs(derm, "/api/v1/adverse-events/" + id + "/resolve", "{\"date\": \"%s\"}".formatted(today.minusDays(6)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		postAs(derm, "/api/v1/adverse-events/" + id + "/resolve", "{\"date\": \"%s\"}".formatted(today), "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("resolved"))
			.andExpect(jsonPath("$.resolvedOn").value(today.toString()));
		postAs(derm, "/api/v1/adverse-events/" + id + "/assessments",
				"{\"date\": \"%s\", \"findings\": {\"bsaPercent\": 1}}".formatted(today), "en")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/patients/" + patient + "/adverse-events").with(login.as(derm)))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value(hasItem("resolved")));
	}

	@Test
	void nursesPhotographButDoNotGradeAndPatientsSeeNone() throws Exception {
		String id = recordAcneiform();
		String nurse = staff.create(Role.NURSE);
		postAs(nurse, "/api/v1/adverse-events/" + id + "/grade", "{\"grade\": 3}", "en").andExpect(status().isForbidden());
		MockMultipartFile png = new MockMultipartFile("file", "rash.png", "image/png", Clinic.image("png", 120, 90));
		String photo = mvc.perform(multipart("/api/v1/adverse-events/" + id + "/photos").file(png).with(login.as(nurse)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get((String) JsonPath.read(photo, "$.thumbnailUrl")).with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		mvc.perform(get("/api/v1/adverse-events/" + id).with(login.as(derm))).andExpect(jsonPath("$.photos", hasSize(1)));
		String patientAccount = staff.createPatientAccount(patient);
		mvc.perform(get("/api/v1/patients/" + patient + "/adverse-events").with(login.as(patientAccount)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'skin-adverse-event' "
				+ "and record_id = ? and action = 'VIEW'", Long.class, id)).isEqualTo(1);
	}
}
