package org.cutis.oncology.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API contract of systemic therapy and radiotherapy courses, as the issue names it. */
@CutisTest
@RecordApplicationEvents
class OncologyCourseApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEvents events;
	@Autowired
	List<TreatmentContributor> contributors;
	@Autowired
	JdbcTemplate jdbc;

	String oncologist;
	String radiationOncologist;
	SignedCancers.Signed melanoma;
	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		radiationOncologist = staff.create(Role.RADIATION_ONCOLOGIST, Department.RADIATION_ONCOLOGY);
		melanoma = cancers.melanoma("2.5", true);
		today = LocalDate.now(clock);
	}

	ResultActions postAs(String user, String path, String body, String language) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String startJson(String regimen, String height, String weight) {
		return """
				{"cancerId": "%s", "regimen": "%s", "setting": "adjuvant", "line": 1, "heightCm": %s, "weightKg": %s,
				 "startDate": "%s"}
				""".formatted(melanoma.cancerId(), regimen, height, weight, today.minusDays(42));
	}

	String start() throws Exception {
		return JsonPath.read(postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "172", "68.5"), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	String cycle(String courseId, String body) throws Exception {
		return postAs(oncologist, "/api/v1/systemic-courses/" + courseId + "/cycles", body, "en")
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aSystemicCourseStartsWithItsBodySurfaceAreaToTwoDecimals() throws Exception {
		postAs(oncologist, "/api/v1/systemic-courses", startJson("Ipilimumab + nivolumab", "180", "80"), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.bsaM2").value(2.0))
			// two decimals as written, not 2.0 or 2
			.andExpect(content().string(containsString("\"bsaM2\":2.00")))
			.andExpect(jsonPath("$.regimen").value("Ipilimumab + nivolumab"))
			.andExpect(jsonPath("$.regimenCode").value("ipilimumab-nivolumab"))
			.andExpect(jsonPath("$.freeEntry").value(false))
			.andExpect(jsonPath("$.setting").value("adjuvant"))
			.andExpect(jsonPath("$.status").value("ongoing"))
			.andExpect(jsonPath("$.bsaSource").value(containsString("Mosteller")));
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "172", "68.5"), "en")
			.andExpect(content().string(containsString("\"bsaM2\":1.81")));
		postAs(oncologist, "/api/v1/systemic-courses", startJson("Tebentafusp", "172", "68.5"), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.freeEntry").value(true))
			.andExpect(jsonPath("$.regimen").value("Tebentafusp"));
		assertThat(events.stream(TreatmentRecorded.class)
			.filter(e -> e.cancerId().equals(melanoma.cancerId()) && e.type() == TreatmentType.SYSTEMIC_THERAPY
					&& !e.finished()))
			.hasSize(3);
		mvc.perform(get("/api/v1/regimens").with(login.as(staff.create(Role.NURSE, Department.NURSING))))
			.andExpect(jsonPath("$[?(@.code == 'relatlimab-nivolumab')].category").value("immunotherapy"))
			.andExpect(jsonPath("$[?(@.code == 'carboplatin-paclitaxel')].category").value("chemotherapy"))
			.andExpect(jsonPath("$", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(13))));
	}

	@Test
	void aHeightOf3mOrAWeightOf0IsAFieldErrorWithTheRangeInTheUsersLanguage() throws Exception {
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "300", "0"), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heightCm"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("키는"), containsString("40"),
					containsString("250 cm"))))
			.andExpect(jsonPath("$.errors[1].field").value("weightKg"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("몸무게")));
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "170", "0"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weightKg"))
			.andExpect(jsonPath("$.errors[0].message").value("The weight must be more than 0 and at most 350 kg."));
		// never a 5xx: unreadable numbers, an unknown cancer, numbers past the column
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "\"tall\"", "70"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heightCm"));
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "1e9", "70"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heightCm"));
		postAs(oncologist, "/api/v1/systemic-courses", startJson("nivolumab", "170", "70")
			.replace(melanoma.cancerId().toString(), UUID.randomUUID().toString()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cancerId"));
		postAs(oncologist, "/api/v1/systemic-courses", "{}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("cancerId")));
	}

	@Test
	void cyclesHoldsDoseReductionsAndTheEnd() throws Exception {
		String id = start();
		String body = cycle(id, """
				{"number": 1, "date": "%s"}
				""".formatted(today.minusDays(42)));
		assertThat((Integer) JsonPath.read(body, "$.cyclesGiven")).isEqualTo(1);
		// a hold without its reason, a skipped number: field errors
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 2, "date": "%s", "held": true}
				""".formatted(today.minusDays(28)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("holdReason"));
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 3, "date": "%s"}
				""".formatted(today.minusDays(28)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2")));
		cycle(id, """
				{"number": 2, "date": "%s", "held": true, "holdReason": "grade 2 colitis"}
				""".formatted(today.minusDays(28)));
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 2, "date": "%s", "dosePercent": 80}
				""".formatted(today.minusDays(14)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("doseReductionReason"));
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 2, "date": "%s", "dosePercent": 80, "doseReductionReason": "colitis resolved to grade 1"}
				""".formatted(today.minusDays(14)), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cycles", hasSize(3)))
			.andExpect(jsonPath("$.cycles[1].held").value(true))
			.andExpect(jsonPath("$.cycles[1].holdReason").value("grade 2 colitis"))
			.andExpect(jsonPath("$.cycles[2].dosePercent").value(80))
			.andExpect(jsonPath("$.cyclesGiven").value(2))
			.andExpect(jsonPath("$.nextCycleNumber").value(3));
		// someone else's change in between: the stale version is refused
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 3, "date": "%s", "version": 0}
				""".formatted(today), "en")
			.andExpect(status().isConflict());
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/end", """
				{"date": "%s", "reason": "boredom"}
				""".formatted(today), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("patient-choice")));
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/end", """
				{"date": "%s", "reason": "toxicity", "note": "grade 3 hepatitis"}
				""".formatted(today), "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ended"))
			.andExpect(jsonPath("$.endReason").value("toxicity"));
		assertThat(events.stream(TreatmentRecorded.class).filter(e -> e.finished() && e.link().endsWith(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.on()).isEqualTo(today))
			.satisfies(e -> assertThat(e.by()).isEqualTo(oncologist));
		postAs(oncologist, "/api/v1/systemic-courses/" + id + "/cycles", """
				{"number": 3, "date": "%s"}
				""".formatted(today), "en")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/systemic-courses/" + id).with(login.as(staff.create(Role.NURSE, Department.NURSING))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cycles", hasSize(3)));
		// the treatment summary lists the course; the cycles are append-only in the database too
		List<TreatmentEntry> entries = contributors.stream().flatMap(c -> c.treatmentsOf(melanoma.cancerId()).stream())
			.filter(e -> e.type() == TreatmentType.SYSTEMIC_THERAPY).toList();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.endedOn()).isEqualTo(today);
			assertThat(e.department()).isEqualTo("hematology-oncology");
			assertThat(e.args()).contains(2L, 1L, "oncology.endReason.toxicity", "1.81");
		});
		assertThatThrownBy(() -> jdbc.update("update systemic_cycle set dose_percent = 100 where course_id = ?::uuid", id))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from systemic_course where id = ?::uuid", id))
			.hasStackTraceContaining("never deleted");
	}

	String rtJson(String total, int fractions, String perFraction, LocalDate start, LocalDate end) {
		return """
				{"cancerId": "%s", "site": "left axilla", "intent": "adjuvant", "technique": "imrt", "totalDoseGy": %s,
				 "fractions": %d, "dosePerFractionGy": %s, "startDate": "%s", "endDate": %s}
				""".formatted(melanoma.cancerId(), total, fractions, perFraction, start, end == null ? "null" : "\"" + end + "\"");
	}

	@Test
	void aRadiotherapyCourseChecksItsDoseArithmeticAndDates() throws Exception {
		postAs(radiationOncologist, "/api/v1/radiotherapy-courses", rtJson("48", 20, "2.0", today.minusDays(30), null), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dosePerFractionGy"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("2.40 Gy"), containsString("0.01 Gy"))));
		postAs(radiationOncologist, "/api/v1/radiotherapy-courses",
				rtJson("48", 20, "2.4", today.minusDays(30), today.minusDays(31)), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("시작일")));
		String id = JsonPath.read(postAs(radiationOncologist, "/api/v1/radiotherapy-courses",
				rtJson("48", 20, "2.4", today.minusDays(30), null), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalDoseGy").value(48))
			.andExpect(jsonPath("$.status").value("ongoing"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		postAs(radiationOncologist, "/api/v1/radiotherapy-courses/" + id + "/end",
				"{\"endDate\": \"%s\"}".formatted(today.minusDays(31)), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		postAs(radiationOncologist, "/api/v1/radiotherapy-courses/" + id + "/end",
				"{\"endDate\": \"%s\"}".formatted(today.minusDays(2)), "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ended"));
		postAs(radiationOncologist, "/api/v1/radiotherapy-courses/" + id + "/end",
				"{\"endDate\": \"%s\"}".formatted(today), "en")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/radiotherapy-courses/" + id).with(login.as(oncologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.site").value("left axilla"))
			.andExpect(jsonPath("$.endDate").value(today.minusDays(2).toString()));
		mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/oncology-courses").with(login.as(oncologist)))
			.andExpect(jsonPath("$.radiotherapy", hasSize(1)));
		assertThat(events.stream(TreatmentRecorded.class)
			.filter(e -> e.type() == TreatmentType.RADIOTHERAPY && e.link().endsWith(id)))
			.extracting(TreatmentRecorded::finished)
			.containsExactly(false, true);
	}

	@Test
	void eachDepartmentRecordsItsOwnCoursesOthersReadAndClerksSeeNone() throws Exception {
		String id = start();
		String dermatologist = staff.create(Role.DERMATOLOGIST);
		postAs(dermatologist, "/api/v1/systemic-courses", startJson("nivolumab", "170", "70"), "en")
			.andExpect(status().isForbidden());
		postAs(radiationOncologist, "/api/v1/systemic-courses", startJson("nivolumab", "170", "70"), "en")
			.andExpect(status().isForbidden());
		postAs(oncologist, "/api/v1/radiotherapy-courses", rtJson("30", 10, "3", today, null), "en")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/systemic-courses/" + id).with(login.as(dermatologist))).andExpect(status().isOk());
		String clerk = staff.create(Role.CLERK);
		mvc.perform(get("/api/v1/systemic-courses/" + id).with(login.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/cancers/" + melanoma.cancerId() + "/oncology").with(login.as(clerk)))
			.andExpect(status().isForbidden());
		// the chart's timeline shows the course to clinicians, not to the clerk
		mvc.perform(get("/patients/" + melanoma.patientId()).with(login.as(dermatologist)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("/systemic-courses/" + id)));
		mvc.perform(get("/patients/" + melanoma.patientId()).with(login.as(clerk)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/systemic-courses/" + id))));
		// the catalogue: an administrator adds a regimen; a nurse may not
		postAs(staff.create(Role.NURSE, Department.NURSING), "/api/v1/regimens",
				"{\"name\": \"Tebentafusp\", \"category\": \"immunotherapy\"}", "en")
			.andExpect(status().isForbidden());
		String admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		String name = "Tebentafusp " + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
		postAs(admin, "/api/v1/regimens", "{\"name\": \"%s\", \"category\": \"immunotherapy\"}".formatted(name), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true));
		postAs(admin, "/api/v1/regimens", "{\"name\": \"%s\", \"category\": \"immunotherapy\"}".formatted(name), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/oncology/regimens").with(login.as(admin))).andExpect(status().isOk());
	}
}
