package org.cutis.tumorboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Scheduling meetings from the tumor board page; submitting a cancer with a question from its page. */
@CutisTest
class BoardFormsTests {
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

	@Test
	void theCoordinatorSchedulesAWeeklySeriesAndBadInputIsShownNextToTheFields() throws Exception {
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String title = "금요 위원회 " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(get("/tumor-board").with(login.as(nurse)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("schedule-form"), containsString("회의 일정 만들기"),
					containsString("value=\"" + chair + "\""))));

		mvc.perform(post("/tumor-board/meetings").with(login.as(nurse)).locale(Locale.ENGLISH)
			.param("title", "").param("weekday", "FRIDAY").param("time", "16:30").param("weeks", "0")
			.param("place", "").param("videoLink", "").param("chair", "nobody-here").param("cutOffHoursBefore", "24"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""), containsString("id=\"weeks-error\""),
					containsString("Between 1 and 52 weekly meetings."), containsString("id=\"place-error\""),
					containsString("Give a place or a video link."), containsString("id=\"chair-error\""),
					containsString("No staff member with the username nobody-here"))));
		mvc.perform(post("/tumor-board/meetings").with(login.as(nurse)).locale(Locale.KOREAN)
			.param("title", title).param("weekday", "FRIDAY").param("time", "").param("weeks", "2")
			.param("place", "301호").param("chair", chair).param("cutOffHoursBefore", "24"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"time-error\""), containsString("필수"))));
		assertThat(jdbc.queryForObject("select count(*) from board_meeting where title = ?", Integer.class, title)).isZero();

		mvc.perform(post("/tumor-board/meetings").with(login.as(nurse)).locale(Locale.ENGLISH)
			.param("title", title).param("weekday", "FRIDAY").param("time", "16:30").param("weeks", "3")
			.param("place", "").param("videoLink", "https://video.example.org/board").param("chair", chair)
			.param("cutOffHoursBefore", "24"))
			.andExpect(redirectedUrl("/tumor-board?scheduled=3#upcoming-title"));
		assertThat(jdbc.queryForObject("select count(distinct series_id) from board_meeting where title = ?",
				Integer.class, title)).isEqualTo(1);
		assertThat(jdbc.queryForList("select chair from board_meeting where title = ?", String.class, title))
			.containsOnly(chair);
		String page = mvc.perform(get("/tumor-board?scheduled=3").with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("3 meeting(s) scheduled.")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.split(title, -1).length - 1).isGreaterThanOrEqualTo(3);
		assertThat(page).contains("16:30");

		mvc.perform(post("/tumor-board/meetings").with(login.as(staff.create(Role.CLERK)))
			.param("title", title).param("weekday", "FRIDAY").param("time", "16:30").param("weeks", "1")
			.param("place", "301호").param("chair", chair).param("cutOffHoursBefore", "24"))
			.andExpect(status().isForbidden());
	}

	String meeting(String nurse, String chair, Instant at, long cutOffHours) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/tumor-board/meetings").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "scheduledAt": "%s", "cutOffHoursBefore": %d, "place": "302호", "chair": "%s"}
					""".formatted("위원회 " + UUID.randomUUID().toString().substring(0, 6), at, cutOffHours, chair)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");
	}

	@Test
	void theClinicianSubmitsTheCancerWithAQuestionAndAfterTheCutOffOnlyTheChairMay() throws Exception {
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(staff.create(Role.CLERK)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "배다온", "nameLatin": "BAE Daon", "sex": "male", "birthDate": "1949-09-09"}
					"""))
			.andReturn().getResponse().getContentAsString(), "$.id");
		String cancerId = cancers.melanomaOf(UUID.fromString(patientId), "0.5", false).cancerId().toString();
		String open = meeting(nurse, chair, Instant.now().plus(Duration.ofDays(6)), 24);
		String closed = meeting(nurse, chair, Instant.now().plus(Duration.ofHours(1)), 2);

		mvc.perform(get("/cancers/" + cancerId).with(login.as(dermatologist)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("board-submission"), containsString(open),
					containsString(closed), containsString("only the chair (Test oncologist (Hematology/Oncology)) can add"),
					containsString("This cancer is not before the tumor board."))));
		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(dermatologist)).locale(Locale.ENGLISH)
			.param("meetingId", "").param("question", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"meetingId-error\""),
					containsString("id=\"question-error\""), containsString("needs the question for the board"))));
		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(dermatologist)).locale(Locale.KOREAN)
			.param("meetingId", closed).param("question", "Wide excision margin 1 cm enough?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"meetingId-error\""),
					containsString("Test oncologist (혈액종양내과)"), containsString("Wide excision margin 1 cm enough?"))));
		assertThat(jdbc.queryForObject("select count(*) from board_case where cancer_id = ?::uuid", Integer.class,
				cancerId)).isZero();

		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(nurse))
			.param("meetingId", open).param("question", "Nurse question?"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(dermatologist))
			.param("meetingId", open).param("question", "Wide excision margin 1 cm enough?"))
			.andExpect(redirectedUrl("/cancers/" + cancerId + "?submitted#tumor-board"));
		assertThat(jdbc.queryForMap("select reason, status, meeting_id::text as meeting, proposed_by from board_case "
				+ "where cancer_id = ?::uuid", cancerId))
			.containsEntry("reason", "SUBMITTED").containsEntry("status", "ACCEPTED").containsEntry("meeting", open)
			.containsEntry("proposed_by", dermatologist);
		mvc.perform(get("/cancers/" + cancerId + "?submitted").with(login.as(dermatologist)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("질문과 함께 회의 증례 목록에 올렸습니다."),
					containsString("board-cases"), containsString("Wide excision margin 1 cm enough?"))));

		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(chair))
			.param("meetingId", closed).param("question", "Second opinion on the margin?"))
			.andExpect(redirectedUrl("/cancers/" + cancerId + "?submitted#tumor-board"));
		assertThat(jdbc.queryForList("select late_consent_by from board_case where cancer_id = ?::uuid "
				+ "and meeting_id = ?::uuid", String.class, cancerId, closed)).containsExactly(chair);
	}
}
