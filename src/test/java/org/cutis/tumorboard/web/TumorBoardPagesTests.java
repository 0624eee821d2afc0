package org.cutis.tumorboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tumor board screens over the real services: list, meeting, case with quorum, signature, worklist. */
@CutisTest
class TumorBoardPagesTests {
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
	String meetingId;
	Instant meetingAt;
	String caseId;

	@BeforeEach
	void setUp() throws Exception {
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(staff.create(Role.CLERK)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "문소라", "nameLatin": "MOON Sora", "sex": "female", "birthDate": "1958-02-11"}
					"""))
			.andReturn().getResponse().getContentAsString(), "$.id");
		meetingAt = Instant.now().plus(Duration.ofDays(5));
		meetingId = JsonPath.read(mvc.perform(post("/api/v1/tumor-board/meetings").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "화면 시험 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "301호", "chair": "%s"}
					""".formatted(meetingAt, chair)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		String cancerId = cancers.melanomaOf(UUID.fromString(patientId), "1.5", false).cancerId().toString();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jdbc
			.queryForList("select id from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		caseId = jdbc.queryForObject("select id from board_case where cancer_id = ?::uuid", String.class, cancerId);
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void aProposalGoesOnTheListAndIsSignedOnlyWithQuorum() throws Exception {
		mvc.perform(get("/tumor-board").with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("proposal-" + caseId), containsString("문소라"),
					containsString("Cases discussed per meeting"))));
		mvc.perform(post("/tumor-board/meetings/" + meetingId + "/cases").with(login.as(nurse))
			.param("caseId", caseId).param("question", "Adjuvant therapy?").param("ecog", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ECOG")))
			.andExpect(content().string(containsString("has-error")));
		mvc.perform(post("/tumor-board/meetings/" + meetingId + "/cases").with(login.as(nurse))
			.param("caseId", caseId).param("question", "Adjuvant therapy?").param("ecog", "0"))
			.andExpect(redirectedUrl("/tumor-board/meetings/" + meetingId + "?added"));
		mvc.perform(get("/tumor-board/meetings/" + meetingId).with(login.as(nurse)))
			.andExpect(content().string(allOf(containsString("case-" + caseId), containsString("Adjuvant therapy?"),
					containsString("packet.pdf"))));

		// before the meeting's day the chair cannot sign: the page says from when, a premature signature is refused
		String day = meetingAt.atZone(clock.getZone()).toLocalDate().toString();
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(chair)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("The recommendation can be signed from the meeting&#39;s day, " + day)));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair)).locale(Locale.KOREAN)
			.param("intent", "curative").param("items[0].type", "wide-local-excision"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>회의일(" + day + ") 전에는 권고안에 서명할 수 없습니다.</li>")));

		clock.travelTo(meetingAt);
		mvc.perform(post("/tumor-board/cases/" + caseId + "/attendance").with(login.as(nurse))
			.param("departments", "dermatology", "hematology-oncology").param("name-hematology-oncology", chair));
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(chair)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No quorum: missing Pathology."),
					containsString("Breslow"), containsString("sign-recommendation"))));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair)).locale(Locale.ENGLISH)
			.param("intent", "curative").param("items[0].type", "wide-local-excision").param("items[0].detail", "1-2 cm")
			.param("actionItems[0].description", "Book the excision").param("actionItems[0].username", dermatologist)
			.param("actionItems[0].dueDate", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>No quorum: missing Pathology.</li>")));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair)).locale(Locale.KOREAN)
			.param("intent", "curative").param("items[0].type", "wide-local-excision"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>정족수 미달: 병리과 불참.</li>")));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/attendance").with(login.as(nurse))
			.param("departments", "dermatology", "hematology-oncology", "pathology"));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair))
			.param("intent", "").param("items[0].type", "wide-local-excision"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("intent-error")));
		// everything right but the signature: asked for the password again, nothing signed
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair)).locale(Locale.ENGLISH)
			.param("intent", "curative").param("items[0].type", "wide-local-excision").param("items[0].detail", "1-2 cm"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("recommendation-signature-error"),
					containsString("Confirm the signature with your password"), containsString("sign-recommendation"))));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair))
			.param("intent", "curative").param("items[0].type", "wide-local-excision").param("items[0].detail", "1-2 cm")
			.param("items[1].type", "systemic-therapy").param("items[1].detail", "immunotherapy")
			.param("actionItems[0].description", "Book the excision").param("actionItems[0].username", dermatologist)
			.param("actionItems[0].dueDate", "2026-12-01").param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl("/tumor-board/cases/" + caseId + "#recommendation"));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/addenda").with(login.as(chair)).param("text", "PET-CT first"));
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(chair)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("정족수 충족"), containsString("광범위 국소 절제: 1-2 cm"),
					containsString("PET-CT first"), not(containsString("sign-recommendation")))));

		String worklist = mvc.perform(get("/action-items").with(login.as(dermatologist)))
			.andExpect(content().string(containsString("Book the excision")))
			.andReturn().getResponse().getContentAsString();
		List<String> ids = jdbc.queryForList("select id::text from board_action_item where case_id = ?::uuid",
				String.class, caseId);
		org.assertj.core.api.Assertions.assertThat(worklist).contains("action-" + ids.get(0));
		mvc.perform(post("/action-items/" + ids.get(0) + "/done").with(login.as(dermatologist)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"done\""), not(containsString("<html")))));
		// the item done leaves the list (other tests' items may share its words, not its id)
		mvc.perform(get("/action-items").with(login.as(dermatologist)))
			.andExpect(content().string(not(containsString("action-" + ids.get(0)))));
	}

	@Test
	void onlyBoardMembersAndThePatientsCliniciansSeeTheCase() throws Exception {
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(staff.create(Role.ADMIN, Department.ADMINISTRATION))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(dermatologist)))
			.andExpect(status().isOk());
		mvc.perform(post("/tumor-board/cases/" + caseId + "/defer").with(login.as(nurse)).param("reason", ""))
			.andExpect(redirectedUrl("/tumor-board#proposals"));
		mvc.perform(post("/tumor-board/cases/" + caseId + "/defer").with(login.as(nurse)).param("reason", "awaiting SLNB"))
			.andExpect(redirectedUrl("/tumor-board#proposals"));
		mvc.perform(get("/tumor-board").with(login.as(nurse)))
			.andExpect(content().string(containsString("awaiting SLNB")));
	}
}
