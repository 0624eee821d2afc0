package org.cutis.tumorboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.SignedCancers;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
@RecordApplicationEvents
class TumorBoardApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	ApplicationEvents events;
	@Autowired
	TestClock clock;

	String chair;
	String nurse;
	String pathologist;
	String oncologist;
	String patientId;
	UUID lesion;
	SignedCancers.Signed signed;
	@Autowired
	SignedCancers cancers;

	@BeforeEach
	void setUp() throws Exception {
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(staff.create(Role.CLERK)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "한승우", "nameLatin": "HAN Seungwoo", "sex": "male", "birthDate": "1955-05-05"}
					"""))
			.andReturn().getResponse().getContentAsString(), "$.id");
		lesion = UUID.randomUUID();
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	ResultActions json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String meeting(Instant at, long cutOffHoursBefore) throws Exception {
		return JsonPath.read(json(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "피부암 다학제 위원회", "scheduledAt": "%s", "cutOffHoursBefore": %d, "place": "본관 3층 회의실",
				 "chair": "%s"}
				""".formatted(at, cutOffHoursBefore, chair))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");
	}

	String cancer(String breslow) throws Exception {
		signed = cancers.melanomaOf(UUID.fromString(patientId), breslow, false);
		return signed.cancerId().toString();
	}

	String proposalFor(String cancerId) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<List<String>>read(
				mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse))).andReturn().getResponse()
					.getContentAsString(), "$[?(@.cancerId == '" + cancerId + "')].id").size() == 1);
		return jdbc.queryForObject("select id from board_case where cancer_id = ?::uuid", String.class, cancerId);
	}

	@Test
	void anEligibleMelanomaGoesThroughAQuorateMeetingToASignedRecommendation() throws Exception {
		Instant meetingAt = Instant.now().plus(Duration.ofDays(3));
		String meetingId = meeting(meetingAt, 24);
		String cancerId = cancer("1.5");
		String caseId = proposalFor(cancerId);
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", """
				{"caseId": "%s", "question": "Completion lymph node dissection or adjuvant therapy?", "ecog": 0}
				""".formatted(caseId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"));
		// the day of the meeting
		clock.travelTo(meetingAt);
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology", "username": "%s"}]}
				""".formatted(chair))
			.andExpect(jsonPath("$.quorate").value(false))
			.andExpect(jsonPath("$.missingDepartments[0]").value("pathology"));
		String recommendation = """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"},
				  {"type": "systemic-therapy", "detail": "immunotherapy"}], "dissent": "one surgeon preferred observation",
				 "actionItems": [{"description": "Book WLE within 4 weeks", "department": "hematology-oncology", "dueDate": "2026-12-01"}]}
				""";
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("No quorum: missing Pathology."));
		mvc.perform(post("/api/v1/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair))
			.header("Accept-Language", "ko").contentType(MediaType.APPLICATION_JSON).content(recommendation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("정족수 미달: 병리과 불참."));
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(jsonPath("$.quorate").value(true));
		json(oncologist, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isConflict());
		// the electronic signature: asked for after every other check; missing is 400, wrong is 401, both name the field
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation",
				recommendation.replace("\"password\": \"test-password-1\", ", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation",
				recommendation.replace("test-password-1", "not the password"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.boardCase.status").value("discussed"))
			.andExpect(jsonPath("$.recommendation.signatureMethod").value("password"))
			.andExpect(jsonPath("$.recommendation.signedAt").exists())
			.andExpect(jsonPath("$.recommendation.signedBy").value(chair))
			.andExpect(jsonPath("$.recommendation.items[1].detail").value("immunotherapy"));
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isConflict());
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation/addenda", "{\"text\": \"PET-CT first\"}")
			.andExpect(jsonPath("$.recommendation.addenda[0]").value(containsString("PET-CT first")));
		List<String> items = JsonPath.read(mvc.perform(get("/api/v1/action-items").with(login.as(oncologist)))
			.andExpect(jsonPath("$[*].description").value(hasItem("Book WLE within 4 weeks")))
			.andReturn().getResponse().getContentAsString(), "$[?(@.caseId == '" + caseId + "')].id");
		mvc.perform(get("/api/v1/action-items").with(login.as(pathologist)))
			.andExpect(jsonPath("$[*].caseId").value(not(hasItem(caseId))));
		assertThat(events.stream(TumorBoardRecommendationFinalised.class).filter(e -> e.caseId().toString().equals(caseId)))
			.singleElement()
			.satisfies(e -> assertThat(e.planItems()).containsExactly("wide-local-excision: 1-2 cm", "systemic-therapy: immunotherapy"));
		assertThat(items).hasSize(1);
		json(oncologist, "/api/v1/action-items/" + items.get(0) + "/done", "{}").andExpect(jsonPath("$.status").value("done"));
		mvc.perform(get("/api/v1/action-items").with(login.as(oncologist)))
			.andExpect(jsonPath("$[*].caseId").value(not(hasItem(caseId))));

		// the report is amended after the discussion: the case says so
		cancers.correct(signed, "{\"breslowMm\": 2.4}");
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(chair)))
				.andExpect(jsonPath("$.boardCase.dataChangedSinceDiscussion").value(true)));
		// the packet prints in the reader's language, the Hangul name in both
		for (String[] language : new String[][] { { "en", "Stage" }, { "ko", "병기" } }) {
			byte[] pdf = mvc.perform(get("/api/v1/tumor-board/meetings/" + meetingId + "/packet.pdf")
				.with(login.as(chair))
				.header("Accept-Language", language[0]))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
				assertThat(text).contains("한승우").contains("피부암 다학제 위원회").contains(language[1]);
			}
		}
		mvc.perform(get("/api/v1/tumor-board/metrics").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibleCases").isNumber());
	}

	@Test
	void afterTheCutOffOnlyTheChairAddsACaseAndOutsidersDoNotSeeIt() throws Exception {
		String closed = meeting(Instant.now().plus(Duration.ofHours(1)), 2);
		String cancerId = cancer("0.5");
		String submission = """
				{"cancerId": "%s", "question": "Is SLNB worth it for this thin melanoma?", "ecog": 1}
				""".formatted(cancerId);
		json(nurse, "/api/v1/tumor-board/meetings/" + closed + "/cases", submission)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetingId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("only the chair")));
		String caseId = JsonPath.read(json(chair, "/api/v1/tumor-board/meetings/" + closed + "/cases", submission)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lateConsentBy").value(chair))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(staff.create(Role.ADMIN, Department.ADMINISTRATION))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(pathologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancer.stage").value("IA"))
			.andExpect(jsonPath("$.ecog").value(1));
	}
}
