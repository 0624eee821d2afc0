package org.cutis.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed cancer taken to the tumor board the way the board works: proposed by its rules, put on
 * a meeting's list by the coordinator, and on the meeting's day (the clock is moved there: reset
 * it after the test) discussed with quorum and its recommendation signed by the chair.
 */
@Component
public class BoardFlow {
	private final ObjectProvider<MockMvc> mockMvc;
	private final Login login;
	private final Staff staff;
	private final JdbcTemplate jdbc;
	private final TestClock clock;

	BoardFlow(ObjectProvider<MockMvc> mockMvc, Login login, Staff staff, JdbcTemplate jdbc, TestClock clock) {
		this.mockMvc = mockMvc;
		this.login = login;
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A case on a meeting's list, the clock on the meeting's day, attendance quorate; not yet signed. */
	public record Listed(String chair, String nurse, String caseId, String meetingId, Instant meetingAt) {
	}

	public Listed listed(SignedCancers.Signed cancer) throws Exception {
		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		Instant meetingAt = Instant.now().plus(Duration.ofDays(3));
		String meetingId = JsonPath.read(call(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "피부암 다학제 위원회 %s", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "본관 3층 회의실",
				 "chair": "%s"}
				""".formatted(chair.substring(chair.length() - 4), meetingAt, chair), 201), "$[0].id");
		String cancerId = cancer.cancerId().toString();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc
			.queryForList("select id::text from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		String caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?::uuid", String.class,
				cancerId);
		call(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", """
				{"caseId": "%s", "question": "Wide excision margin and adjuvant therapy?", "ecog": 0}
				""".formatted(caseId), 200);
		clock.travelTo(meetingAt);
		call(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology", "username": "%s"},
				 {"department": "pathology"}]}
				""".formatted(chair), 200);
		return new Listed(chair, nurse, caseId, meetingId, meetingAt);
	}

	/** The chair signs: {@code items} as the board codes them, e.g. {"type": "wide-local-excision", "detail": "1 cm"}. */
	public void sign(Listed listed, String intent, List<String> items) throws Exception {
		call(listed.chair(), "/api/v1/tumor-board/cases/" + listed.caseId() + "/recommendation", """
				{"password": "%s", "intent": "%s", "items": [%s]}
				""".formatted(Staff.PASSWORD, intent, String.join(", ", items)), 201);
	}

	private String call(String user, String path, String body, int expected) throws Exception {
		return mockMvc.getObject()
			.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
