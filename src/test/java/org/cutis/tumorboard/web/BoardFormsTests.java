package org.cutis.tumorboard.web;

import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Scheduling a weekly series of meetings from the tumor board page. */
@CutisTest
class BoardFormsTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
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
}
