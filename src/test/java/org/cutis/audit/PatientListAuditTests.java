package org.cutis.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.support.WorklistPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 9: every patient a list shows is audited, as patient search audits every patient it
 * finds: one LIST line per patient and look, naming the list and who looked. The lists: the
 * referral triage worklist, the work-up worklist and staging proposals, tumor board proposals and
 * a meeting's case list, the path log, the pathologist's worklist, my action items.
 */
@CutisTest
class PatientListAuditTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	Clinic clinic;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	WorklistPages worklist;

	Signed melanoma;
	UUID patient;
	String nurse;

	ResultActions json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** How often {@code user} was shown {@code patientId} on {@code list}. */
	int listed(String user, String list, UUID patientId) {
		return jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LIST'"
				+ " and record_type = ? and patient_id = ?", Integer.class, user, list, patientId);
	}

	/** A staged melanoma (1.5 mm: a sentinel node biopsy proposed, a tumor board proposal) with a referral. */
	@BeforeEach
	void aMelanomaOnEveryList() throws Exception {
		melanoma = cancers.melanoma("1.5", false);
		patient = melanoma.patientId();
		nurse = staff.create(Role.NURSE, Department.NURSING);
		json(staff.create(Role.CLERK), "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
				 "reason": "suspected-skin-cancer", "urgency": "routine"}
				""".formatted(patient)).andExpect(status().isCreated());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jdbc
			.queryForList("select id from board_case where cancer_id = ?", UUID.class, melanoma.cancerId()).isEmpty());
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void theTriageWorklistOnThePageAndOverTheApi() throws Exception {
		mvc.perform(get("/referrals?size=200").with(login.as(nurse))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/referrals?size=200").with(login.as(nurse))).andExpect(status().isOk());
		assertThat(listed(nurse, "referral-worklist", patient)).isEqualTo(2);
	}

	@Test
	void theWorkupWorklistAndTheStagingProposals() throws Exception {
		mvc.perform(get("/api/v1/workup-orders").with(login.as(nurse))).andExpect(status().isOk());
		assertThat(listed(nurse, "workup-worklist", patient)).isEqualTo(1);
		json(melanoma.dermatologist(), "/api/v1/cancers/" + melanoma.cancerId() + "/workup-results", """
				{"kind": "slnb", "basin": "left-axilla", "slnb": {"nodesExamined": 2, "nodesPositive": 1}}
				""").andExpect(status().isOk());
		mvc.perform(get("/api/v1/staging-proposals").with(login.as(nurse))).andExpect(status().isOk());
		mvc.perform(get("/workup").with(login.as(nurse))).andExpect(status().isOk());
		assertThat(listed(nurse, "staging-proposals", patient)).isEqualTo(2);
	}

	@Test
	void tumorBoardProposalsAMeetingsCaseListAndActionItems() throws Exception {
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse))).andExpect(status().isOk());
		assertThat(listed(nurse, "tumor-board-proposals", patient)).isEqualTo(1);

		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		Instant meetingAt = Instant.now().plus(Duration.ofDays(4));
		String meetingId = JsonPath.read(json(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "감사 시험 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "302호", "chair": "%s"}
				""".formatted(meetingAt, chair)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$[0].id");
		String caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?", String.class,
				melanoma.cancerId());
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", "{\"caseId\": \"%s\"}".formatted(caseId))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/tumor-board/meetings/" + meetingId).with(login.as(dermatologist)))
			.andExpect(status().isOk());
		mvc.perform(get("/tumor-board/meetings/" + meetingId).with(login.as(dermatologist))).andExpect(status().isOk());
		assertThat(listed(dermatologist, "tumor-board-meeting", patient)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LIST'"
				+ " and record_type = 'tumor-board-meeting' and record_id = ?", Integer.class, dermatologist, meetingId))
			.isGreaterThanOrEqualTo(2);

		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(status().isOk());
		clock.travelTo(meetingAt);
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}],
				 "actionItems": [{"description": "Book the excision", "username": "%s", "dueDate": "2026-12-02"}]}
				""".formatted(dermatologist)).andExpect(status().isCreated());
		clock.reset();
		mvc.perform(get("/action-items").with(login.as(dermatologist))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/action-items").with(login.as(dermatologist))).andExpect(status().isOk());
		assertThat(listed(dermatologist, "action-items", patient)).isEqualTo(2);
	}

	@Test
	void thePathLogAndThePathologistsWorklist() throws Exception {
		// the patient's own path log: the center's is paged, and the suite's other specimens may come first
		mvc.perform(get("/path-log").param("patientId", patient.toString()).with(login.as(nurse)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/path-log").param("patientId", patient.toString()).with(login.as(nurse)))
			.andExpect(status().isOk());
		assertThat(listed(nurse, "path-log", patient)).isEqualTo(2);

		String pathologist = staff.create(Role.PATHOLOGIST);
		UUID waiting = clinic.patient();
		var received = flow.received(staff.create(Role.DERMATOLOGIST), nurse, pathologist, waiting, "melanoma");
		mvc.perform(get(worklist.pathologyAddress(received.specimenId())).with(login.as(pathologist)))
			.andExpect(status().isOk());
		assertThat(listed(pathologist, "pathology-worklist", waiting)).isEqualTo(1);
	}

	/** A list audits who looked, not who else is on it: a patient on no list of this user has no line. */
	@Test
	void aPatientOnNoListIsNotAudited() throws Exception {
		UUID elsewhere = clinic.patient();
		mvc.perform(get("/api/v1/referrals").with(login.as(nurse))).andExpect(status().isOk());
		assertThat(listed(nurse, "referral-worklist", elsewhere)).isZero();
	}
}
