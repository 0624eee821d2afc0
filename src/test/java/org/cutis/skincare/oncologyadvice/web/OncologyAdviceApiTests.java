package org.cutis.skincare.oncologyadvice.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.skincare.oncologyadvice.application.AdviceEscalation;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API contract of advice to oncology (issue 12): recommend, the caller's open list with urgent,
 * acknowledge once by the right oncologist; the 24-hour escalation with the injected clock; and the
 * pre-emptive skin regimen proposed when a cetuximab course starts.
 */
@CutisTest
class OncologyAdviceApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	SignedCancers cancers;
	@Autowired
	TestClock clock;
	@Autowired
	AdviceEscalation escalation;
	@Autowired
	JdbcTemplate jdbc;

	String derm;
	String onc;
	String colleague;
	String radOnc;
	String nurse;
	UUID patient;
	LocalDate today;

	@BeforeEach
	void setUp() {
		derm = staff.create(Role.DERMATOLOGIST);
		onc = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		colleague = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		radOnc = staff.create(Role.RADIATION_ONCOLOGIST, Department.RADIATION_ONCOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		patient = clinic.patient();
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	ResultActions postAs(String user, String path, String body, String language) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions getAs(String user, String path) throws Exception {
		return mvc.perform(get(path).with(login.as(user)).header("Accept-Language", "en"));
	}

	/** An acneiform rash from cetuximab: 40 % BSA with severe symptoms is grade 3, 5 % is grade 1. */
	String adverseEvent(int bsaPercent, String symptoms) throws Exception {
		return JsonPath.read(postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": %d, "symptoms": "%s"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
				""".formatted(bsaPercent, symptoms, today.minusDays(3)), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	String recommend(String aeId, String action, String to) throws Exception {
		return JsonPath.read(postAs(derm, "/api/v1/adverse-events/" + aeId + "/recommendations", """
				{"action": "%s", "oncologist": "%s", "note": "hold until grade 2 or less; oral doxycycline started"}
				""".formatted(action, to), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aRecommendationCarriesTheGradeAndPhotosAsSentAndGrade3IsUrgent() throws Exception {
		String ae = adverseEvent(40, "severe");
		postAs(derm, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"hold\", \"oncologist\": \"" + onc + "\", \"note\": \"hold until grade 2\"}", "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.adverseEventId").value(ae))
			.andExpect(jsonPath("$.action").value("hold"))
			.andExpect(jsonPath("$.oncologist").value(onc))
			.andExpect(jsonPath("$.department").value("hematology-oncology"))
			.andExpect(jsonPath("$.note").value("hold until grade 2"))
			.andExpect(jsonPath("$.term").value("Rash acneiform"))
			.andExpect(jsonPath("$.grade").value(3))
			.andExpect(jsonPath("$.photos").isArray())
			.andExpect(jsonPath("$.urgent").value(true))
			.andExpect(jsonPath("$.escalated").value(false))
			.andExpect(jsonPath("$.status").value("open"));
		String mild = recommend(adverseEvent(5, "mild"), "continue-with-skin-treatment", onc);
		getAs(onc, "/api/v1/oncology-recommendations/" + mild)
			.andExpect(jsonPath("$.grade").value(1))
			.andExpect(jsonPath("$.urgent").value(false));
		// a red flag found at the visit (not only at the referral) makes even grade 1 urgent
		String flagged = JsonPath.read(postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5, "symptoms": "mild"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "probable"}], "redFlags": ["fever"]}
				""".formatted(today.minusDays(1)), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		getAs(onc, "/api/v1/oncology-recommendations/" + recommend(flagged, "continue-with-skin-treatment", onc))
			.andExpect(jsonPath("$.grade").value(1))
			.andExpect(jsonPath("$.redFlag").value(true))
			.andExpect(jsonPath("$.urgent").value(true));
		// the AE goes on (confirmed at grade 2 with a reason); the advice keeps the grade it was sent with
		postAs(derm, "/api/v1/adverse-events/" + ae + "/grade",
				"{\"grade\": 2, \"reason\": \"symptoms controlled since yesterday\"}", "en").andExpect(status().isOk());
		getAs(onc, "/api/v1/oncology-recommendations?status=open")
			.andExpect(jsonPath("$[?(@.adverseEventId == '" + ae + "')].grade").value(3));
	}

	@Test
	void anUnknownActionOrAnAddresseeWhoIsNoOncologistAreFieldErrors() throws Exception {
		String ae = adverseEvent(40, "severe");
		postAs(derm, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"pause\", \"oncologist\": \"" + nurse + "\", \"note\": \"\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("continue-with-skin-treatment"),
					containsString("discontinue"))))
			.andExpect(jsonPath("$.errors[1].field").value("oncologist"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("oncologist")));
		postAs(derm, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"hold\", \"oncologist\": \"nobody-at-all\"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("oncologist"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("종양내과")));
		postAs(derm, "/api/v1/adverse-events/" + UUID.randomUUID() + "/recommendations",
				"{\"action\": \"hold\", \"oncologist\": \"" + onc + "\"}", "en")
			.andExpect(status().isNotFound());
		// advice is the dermatologist's; an oncologist does not send it
		postAs(onc, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"hold\", \"oncologist\": \"" + onc + "\"}", "en")
			.andExpect(status().isForbidden());
		// a radiation oncologist may be addressed, with their department
		postAs(derm, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"continue\", \"oncologist\": \"" + radOnc + "\"}", "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.department").value("radiation-oncology"));
	}

	@Test
	void theOpenListIsTheCallersAndTheirDepartmentsWithUrgentFirst() throws Exception {
		String routine = recommend(adverseEvent(5, "mild"), "continue", onc);
		String urgent = recommend(adverseEvent(40, "severe"), "hold", onc);
		List<String> mine = JsonPath.read(getAs(onc, "/api/v1/oncology-recommendations?status=open")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(), "$[*].id");
		assertThat(mine).contains(routine, urgent);
		assertThat(mine.indexOf(urgent)).isLessThan(mine.indexOf(routine));
		getAs(onc, "/api/v1/oncology-recommendations")
			.andExpect(jsonPath("$[?(@.id == '" + urgent + "')].urgent").value(true))
			.andExpect(jsonPath("$[?(@.id == '" + routine + "')].urgent").value(false));
		// the department's oncologists see it, the sender sees it, another department does not
		getAs(colleague, "/api/v1/oncology-recommendations?status=open").andExpect(jsonPath("$[*].id", hasItem(urgent)));
		getAs(derm, "/api/v1/oncology-recommendations?status=open").andExpect(jsonPath("$[*].id", hasItem(urgent)));
		getAs(radOnc, "/api/v1/oncology-recommendations?status=open")
			.andExpect(jsonPath("$[*].id", not(hasItem(urgent))));
		getAs(onc, "/api/v1/oncology-recommendations?status=closed")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		// every patient listed is audited
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LIST' "
				+ "and patient_id = ?", Integer.class, onc, patient)).isPositive();
	}

	@Test
	void theAddressedOncologistOrTheDepartmentAcknowledgesOnceWithWhatWasDone() throws Exception {
		String id = recommend(adverseEvent(40, "severe"), "hold", onc);
		String path = "/api/v1/oncology-recommendations/" + id + "/acknowledge";
		// not an oncologist: refused by role
		postAs(nurse, path, "{\"outcome\": \"held\"}", "en").andExpect(status().isForbidden());
		postAs(derm, path, "{\"outcome\": \"held\"}", "en").andExpect(status().isForbidden());
		// an oncologist of another department: the rule named on the field
		postAs(radOnc, path, "{\"outcome\": \"held\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("oncologist"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Hematology")));
		postAs(onc, path, "{\"outcome\": \"disagreed\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(onc, path, "{\"outcome\": \"paused\"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("held")));
		postAs(onc, path, "{\"outcome\": \"held\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("acknowledged"))
			.andExpect(jsonPath("$.outcome").value("held"))
			.andExpect(jsonPath("$.acknowledgedBy").value(onc))
			.andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
		postAs(colleague, path, "{\"outcome\": \"continued\"}", "en")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already answered")));
		getAs(onc, "/api/v1/oncology-recommendations?status=open").andExpect(jsonPath("$[*].id", not(hasItem(id))));
		getAs(derm, "/api/v1/oncology-recommendations?status=acknowledged")
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].outcome").value("held"));

		// a colleague of the department may answer, and disagree with a reason
		String other = recommend(adverseEvent(40, "severe"), "discontinue", onc);
		postAs(colleague, "/api/v1/oncology-recommendations/" + other + "/acknowledge",
				"{\"outcome\": \"disagreed\", \"reason\": \"responding tumour; reduce instead\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("responding tumour; reduce instead"));
		// the chart says it in Korean, the reason quoted as typed
		mvc.perform(get("/patients/" + patient).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("긴급 종양내과 권고"), containsString("종양내과 답변: 중단함"),
					containsString("<span translate=\"no\">responding tumour; reduce instead</span>"))));
	}

	@Test
	void anUrgentRecommendationUnansweredFor24HoursEscalatesToTheDepartmentOnce() throws Exception {
		String urgent = recommend(adverseEvent(40, "severe"), "hold", onc);
		String routine = recommend(adverseEvent(5, "mild"), "continue", onc);
		String answered = recommend(adverseEvent(40, "severe"), "hold", onc);
		postAs(onc, "/api/v1/oncology-recommendations/" + answered + "/acknowledge", "{\"outcome\": \"held\"}", "en")
			.andExpect(status().isOk());

		clock.travelTo(clock.instant().plus(Duration.ofHours(23)));
		escalation.escalateOverdue();
		getAs(onc, "/api/v1/oncology-recommendations/" + urgent).andExpect(jsonPath("$.escalated").value(false));

		clock.travelTo(clock.instant().plus(Duration.ofHours(1).plusMinutes(1)));
		assertThat(escalation.escalateOverdue()).isPositive();
		getAs(colleague, "/api/v1/oncology-recommendations?status=open")
			.andExpect(jsonPath("$[?(@.id == '" + urgent + "')].escalated").value(true))
			.andExpect(jsonPath("$[?(@.id == '" + routine + "')].escalated").value(false));
		getAs(onc, "/api/v1/oncology-recommendations/" + answered).andExpect(jsonPath("$.escalated").value(false));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ? and detail like 'escalated%'",
				Integer.class, urgent)).isEqualTo(1);
		// once: a later run does not escalate it again
		clock.travelTo(clock.instant().plus(Duration.ofHours(5)));
		escalation.escalateOverdue();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ? and detail like 'escalated%'",
				Integer.class, urgent)).isEqualTo(1);
		// on the department's page and on the chart, in Korean
		mvc.perform(get("/oncology-recommendations/department").with(login.as(colleague)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("recommendation-" + urgent), containsString("진료과로 상향됨"))));
		mvc.perform(get("/patients/" + patient).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("답변 없는 긴급 권고를 혈액종양내과로 상향")));
	}

	@Test
	void startingCetuximabProposesThePreEmptiveSkinRegimenForTheDermatologistToDecide() throws Exception {
		SignedCancers.Signed scc = cancers.melanoma("1.2", false);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String course = JsonPath.read(postAs(oncologist, "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "cetuximab", "setting": "metastatic", "line": 1, "heightCm": 170,
				 "weightKg": 65, "startDate": "%s"}
				""".formatted(scc.cancerId(), today), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.freeEntry").value(false))
			.andReturn().getResponse().getContentAsString(), "$.id");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
				"select count(*) from skin_prophylaxis where trigger_id = ?::uuid", Integer.class, course) == 1);
		String id = jdbc.queryForObject("select id::text from skin_prophylaxis where trigger_id = ?::uuid", String.class,
				course);
		getAs(derm, "/api/v1/skin-prophylaxis")
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].drug").value("cetuximab"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].weeks").value(6));
		getAs(derm, "/api/v1/skin-prophylaxis/" + id)
			.andExpect(jsonPath("$.regimen", hasItem("oral-tetracycline")))
			.andExpect(jsonPath("$.source").value(containsString("ESMO")))
			.andExpect(jsonPath("$.status").value("proposed"));
		postAs(derm, "/api/v1/skin-prophylaxis/" + id + "/decline", "{\"reason\": \"\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs(onc, "/api/v1/skin-prophylaxis/" + id + "/accept", "{}", "en").andExpect(status().isForbidden());
		postAs(derm, "/api/v1/skin-prophylaxis/" + id + "/accept", "{}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.decidedBy").value(derm))
			.andExpect(jsonPath("$.decidedAt").isNotEmpty());
		postAs(derm, "/api/v1/skin-prophylaxis/" + id + "/decline", "{\"reason\": \"changed\"}", "en")
			.andExpect(status().isConflict());
		// a second EGFR inhibitor course while the regimen runs proposes nothing new
		String second = JsonPath.read(postAs(oncologist, "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "Panitumumab", "setting": "metastatic", "line": 2, "heightCm": 170,
				 "weightKg": 65, "startDate": "%s"}
				""".formatted(scc.cancerId(), today), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		// a nivolumab course proposes nothing either (no regimen for checkpoint inhibitors)
		postAs(oncologist, "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "nivolumab", "setting": "adjuvant", "line": 1, "heightCm": 170,
				 "weightKg": 65, "startDate": "%s"}
				""".formatted(scc.cancerId(), today), "en").andExpect(status().isCreated());
		Thread.sleep(1500);
		assertThat(jdbc.queryForObject("select count(*) from skin_prophylaxis where patient_id = ?", Integer.class,
				scc.patientId())).isEqualTo(1);
		assertThat(second).isNotBlank();
		mvc.perform(get("/patients/" + scc.patientId()).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(content().string(allOf(containsString("EGFR 억제제 시작(세툭시맙): 예방 피부 요법 제안"),
					containsString("예방 피부 요법 수락"))));
	}
	@Test
	void aRedFlagOfTheReferralMakesAnyGradeUrgentAndTheReferralShowsTheReply() throws Exception {
		String referral = JsonPath.read(postAs(nurse, "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "internal", "department": "hematology-oncology"},
				 "reason": "skin-problem-during-cancer-treatment", "urgency": "routine",
				 "drugs": [{"drug": "cetuximab"}], "oncologist": "%s", "redFlags": ["mucosal-involvement"], "note": "rash"}
				""".formatted(patient, onc), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		postAs(nurse, "/api/v1/referrals/" + referral + "/accept", "{\"dermatologist\": \"" + derm + "\"}", "en")
			.andExpect(status().isOk());
		String ae = JsonPath.read(postAs(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 5, "symptoms": "mild"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "probable"}], "referralId": "%s"}
				""".formatted(today.minusDays(2), referral), "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		postAs(derm, "/api/v1/adverse-events/" + ae + "/recommendations",
				"{\"action\": \"continue-with-skin-treatment\", \"oncologist\": \"" + onc + "\"}", "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.grade").value(1))
			.andExpect(jsonPath("$.referralId").value(referral))
			.andExpect(jsonPath("$.redFlag").value(true))
			.andExpect(jsonPath("$.urgent").value(true));
		// the referring oncologist reads the clinic's reply on the referral, in Korean
		mvc.perform(get("/referrals/" + referral).with(login.as(onc)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("항암 피부 클리닉의 회신"),
					containsString("여드름양 발진 1등급: 피부 치료와 함께 항암제 계속"))));
		// the accepted referral named cetuximab: the pre-emptive regimen is proposed for the patient
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
				"select count(*) from skin_prophylaxis where trigger_kind = 'referral' and trigger_id = ?::uuid",
				Integer.class, referral) == 1);
	}
}
