package org.cutis.tumorboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guards behind the screens: an action item is closed by its assignee or a coordinator, and
 * attendance is fixed once the recommendation is signed; over the API and on the pages.
 */
@CutisTest
class BoardGuardsTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;

	String chair;
	String nurse;
	String dermatologist;
	String pathologist;
	String caseId;
	String departmentItem;
	String personalItem;

	ResultActions json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

	/** A signed recommendation with one item for dermatology and one for the dermatologist by name. */
	@BeforeEach
	void signedCase() throws Exception {
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		String patientId = read(json(staff.create(Role.CLERK), "/api/v1/patients", """
				{"nameHangul": "구은비", "nameLatin": "KOO Eunbi", "sex": "female", "birthDate": "1960-07-01"}
				"""), "$.id");
		Instant meetingAt = Instant.now().plus(Duration.ofDays(4));
		String meetingId = read(json(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "경계 시험 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "302호", "chair": "%s"}
				""".formatted(meetingAt, chair)).andExpect(status().isCreated()), "$[0].id");
		String cancerId = cancers.melanomaOf(UUID.fromString(patientId), "1.5", false).cancerId().toString();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jdbc
			.queryForList("select id from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?::uuid", String.class, cancerId);
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", "{\"caseId\": \"%s\"}".formatted(caseId))
			.andExpect(status().isOk());
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(jsonPath("$.quorate").value(true));
		// signed on the meeting's day
		clock.travelTo(meetingAt);
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}],
				 "actionItems": [{"description": "Excise with guard", "department": "dermatology", "dueDate": "2026-12-01"},
				                 {"description": "Phone the guarded patient", "username": "%s", "dueDate": "2026-12-02"}]}
				""".formatted(dermatologist)).andExpect(status().isCreated());
		clock.reset();
		departmentItem = jdbc.queryForObject(
				"select id::text from board_action_item where case_id = ?::uuid and assignee_department is not null",
				String.class, caseId);
		personalItem = jdbc.queryForObject(
				"select id::text from board_action_item where case_id = ?::uuid and assignee_username is not null",
				String.class, caseId);
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void onlyTheAssigneeOrACoordinatorMarksAnActionItemDoneOverTheApi() throws Exception {
		json(pathologist, "/api/v1/action-items/" + departmentItem + "/done", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Only the assignee")));
		json(chair, "/api/v1/action-items/" + personalItem + "/done", "{}").andExpect(status().isConflict());
		json(dermatologist, "/api/v1/action-items/" + departmentItem + "/done", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("done"));
		json(nurse, "/api/v1/action-items/" + personalItem + "/done", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneBy").value(nurse));
	}

	@Test
	void onlyTheAssigneeOrACoordinatorMarksAnActionItemDoneOnThePage() throws Exception {
		mvc.perform(post("/action-items/" + personalItem + "/done").with(login.as(pathologist)).locale(Locale.KOREAN)
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"refused\""), containsString("배정된 담당자"),
					not(containsString("<html")))));
		mvc.perform(post("/action-items/" + personalItem + "/done").with(login.as(pathologist)).locale(Locale.ENGLISH))
			.andExpect(redirectedUrl("/action-items"))
			.andExpect(flash().attribute("refused", containsString("Only the assignee")));
		mvc.perform(get("/action-items").with(login.as(dermatologist)))
			.andExpect(content().string(containsString("Phone the guarded patient")));
		mvc.perform(post("/action-items/" + personalItem + "/done").with(login.as(staff.create(Role.ADMIN,
				Department.ADMINISTRATION))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"done\"")));
		mvc.perform(get("/action-items").with(login.as(dermatologist)))
			.andExpect(content().string(not(containsString("Phone the guarded patient"))));
	}

	@Test
	void attendanceCannotChangeOnceTheRecommendationIsSigned() throws Exception {
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}]}
				""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("once the recommendation is signed")));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/attendance").with(login.as(nurse)).locale(Locale.KOREAN)
			.param("departments", "dermatology"))
			.andExpect(redirectedUrl("/tumor-board/cases/" + caseId + "#attendance"))
			.andExpect(flash().attribute("attendanceError", containsString("참석 기록을 변경할 수 없습니다")));
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("attendance-final"), containsString("Quorate"), not(containsString("record-attendance")))));
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(nurse)))
			.andExpect(jsonPath("$.quorate").value(true));
	}
}
