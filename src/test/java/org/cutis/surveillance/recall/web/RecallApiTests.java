package org.cutis.surveillance.recall.web;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.cutis.clinic.Appointments;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.support.TestDatabase;
import org.cutis.surveillance.recall.application.RecallNightly;
import org.cutis.surveillance.recall.application.RecallWorklist;
import org.cutis.surveillance.recall.domain.RecallItem;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recall worklist's API and page (issue 13): each kind with contact details and the responsible
 * doctor, the contact log (declined needs the reason and keeps the patient listed), bad input as field
 * errors, who may read and who may record, the audit of every view, the nightly job agreeing with the
 * page, and a clock set back.
 */
@CutisTest
class RecallApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	ClinicSchedule schedule;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	RecallWorklist worklist;
	@Autowired
	RecallNightly nightly;
	@Autowired
	Appointments appointments;

	String derm;
	String nurse;
	UUID patient;
	LocalDate today;

	@BeforeEach
	void setUp() {
		derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		patient = clinic.patient();
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID plan(String status) {
		UUID id = UUID.randomUUID();
		boolean ended = status.equals("ended");
		jdbc.update("""
				insert into surveillance_plan (id, patient_id, cancer_id, status, guideline, diagnosis, stage, anchor_date,
				  responsible, responsible_department, proposed_at, activated_at, end_reason, end_detail, ended_at)
				values (?, ?, ?, ?, 'NCCN', 'MELANOMA', 'IIB', ?, ?, 'dermatology', ?, ?, ?, ?, ?)
				""", id, patient, UUID.randomUUID(), status, Date.valueOf(today.minusYears(1)), derm,
				Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), ended ? "transfer" : null,
				ended ? "부산 병원으로 전원" : null, ended ? Timestamp.from(clock.instant()) : null);
		return id;
	}

	UUID visit(UUID plan, String kind, LocalDate from, LocalDate to, String status, String appointment) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into surveillance_visit (id, plan_id, patient_id, kind, imaging, due_from, due_to, status, appointment_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, plan, patient, kind, kind.equals("imaging") ? "흉부 CT" : null, Date.valueOf(from), Date.valueOf(to),
				status, appointment == null ? null : UUID.fromString(appointment));
		return id;
	}

	ResultActions getAs(String user, String path) throws Exception {
		return mvc.perform(get(path).with(login.as(user)).header("Accept-Language", "en"));
	}

	ResultActions contact(String user, UUID visit, String body, String language) throws Exception {
		return mvc.perform(post("/api/v1/recall/" + visit + "/contacts").with(login.as(user))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	String book(LocalDate day) throws Exception {
		schedule.open(derm, day);
		return JsonPath.read(mvc.perform(post("/api/v1/appointments").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "clinician": "%s", "start": "%sT09:00", "kind": "follow-up", "reason": "추적 관찰"}
					""".formatted(patient, derm, day)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	Map<String, String> kindsOf(String json) {
		List<Map<String, Object>> items = JsonPath.read(json, "$.items");
		return items.stream()
			.collect(Collectors.toMap(i -> (String) i.get("id"), i -> (String) i.get("kind")));
	}

	@Test
	void eachKindIsListedWithContactDetailsAndTheDoctorMostUrgentFirst() throws Exception {
		UUID active = plan("active");
		UUID due = visit(active, "visit", today.plusDays(10), today.plusDays(40), "planned", null);
		UUID imaging = visit(active, "imaging", today.minusDays(3), today.plusDays(20), "planned", null);
		UUID overdue = visit(active, "visit", today.minusDays(40), today.minusDays(5), "planned", null);
		UUID later = visit(active, "visit", today.plusDays(90), today.plusDays(120), "planned", null);
		String booked = book(today.plusDays(1));
		UUID bookedVisit = visit(active, "visit", today, today.plusDays(30), "booked", booked);
		UUID suspendedVisit = visit(plan("suspended"), "skin-check", today.minusDays(60), today.minusDays(30), "planned", null);
		UUID endedVisit = visit(plan("ended"), "visit", today.minusDays(60), today.minusDays(30), "planned", null);
		UUID done = visit(active, "visit", today.minusDays(200), today.minusDays(170), "done", null);

		String json = getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[0].id").value(suspendedVisit.toString()))
			.andExpect(jsonPath("$.items[0].kind").value("overdue"))
			.andExpect(jsonPath("$.items[0].daysOverdue").value(30))
			.andExpect(jsonPath("$.items[0].planStatus").value("suspended"))
			.andExpect(jsonPath("$.items[0].visitKind").value("skin-check"))
			.andExpect(jsonPath("$.items[1].id").value(overdue.toString()))
			.andExpect(jsonPath("$.items[1].daysOverdue").value(5))
			.andExpect(jsonPath("$.items[1].dueTo").value(today.minusDays(5).toString()))
			.andExpect(jsonPath("$.items[1].patientId").value(patient.toString()))
			.andExpect(jsonPath("$.items[1].patientName").value(containsString(Clinic.HANGUL_NAME)))
			.andExpect(jsonPath("$.items[1].mrn").isNotEmpty())
			.andExpect(jsonPath("$.items[1].phone").value("010-1111-2222"))
			.andExpect(jsonPath("$.items[1].responsible").value(derm))
			.andExpect(jsonPath("$.items[1].responsibleName").value("Test dermatologist (Dermatology)"))
			.andExpect(jsonPath("$.items[1].lastContact").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		assertThat(kindsOf(json)).isEqualTo(Map.of(suspendedVisit.toString(), "overdue", overdue.toString(), "overdue",
				imaging.toString(), "imaging-due", due.toString(), "due-unbooked"));
		assertThat(json).doesNotContain(later.toString(), bookedVisit.toString(), endedVisit.toString(), done.toString());
		// filters and pages
		getAs(nurse, "/api/v1/recall?doctor=" + derm + "&kind=imaging-due")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].imaging").value("흉부 CT"));
		getAs(nurse, "/api/v1/recall?doctor=" + derm + "&size=3&page=1")
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(due.toString()))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(3));
		// every patient shown is audited as listed
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where patient_id = ? and action = 'LIST'"
				+ " and record_type = 'recall-worklist'", Integer.class, patient)).isPositive();

		// the nightly job finds exactly what the page shows: the same policy on the same facts
		List<RecallItem> night = worklist.refresh().items();
		List<Map<String, Object>> page = JsonPath.read(getAs(nurse, "/api/v1/recall?size=200").andReturn().getResponse()
			.getContentAsString(), "$.items");
		int total = JsonPath.read(getAs(nurse, "/api/v1/recall?size=1").andReturn().getResponse().getContentAsString(),
				"$.total");
		assertThat(total).isEqualTo(night.size());
		assertThat(page.stream().map(i -> i.get("id") + " " + i.get("kind")).toList())
			.isEqualTo(night.stream().limit(200).map(i -> i.id() + " " + i.kind().code()).toList());
		assertThat(nightly.sweep()).contains("on the recall list");
		// and keeps its snapshot
		assertThat(jdbc.queryForList("select kind from recall_item where visit_id = ? and resolved_at is null",
				String.class, overdue)).containsExactly("overdue");
	}

	@Test
	void aNoShowIsMissedUntilThePatientIsBookedAgain() throws Exception {
		LocalDate tomorrow = today.plusDays(1);
		String appointment = book(tomorrow);
		UUID v = visit(plan("active"), "visit", today, today.plusDays(30), "booked", appointment);
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.total").value(0));
		clock.travelTo(tomorrow.atTime(11, 0).atZone(clock.getZone()).toInstant());
		mvc.perform(post("/api/v1/appointments/" + appointment + "/status").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"no-show\"}")).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(jsonPath("$.items[0].id").value(v.toString()))
			.andExpect(jsonPath("$.items[0].kind").value("missed"))
			.andExpect(jsonPath("$.items[0].missedAppointment.id").value(appointment))
			.andExpect(jsonPath("$.items[0].missedAppointment.clinicianName").value(containsString("Test dermatologist"))));
		// the nurse books a follow-up at the desk: rebooked, off the list
		String again = book(today.plusDays(7));
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(jsonPath("$.total").value(0)));
		assertThat(again).isNotBlank();
	}

	/**
	 * A follow-up booked at the desk inside a due visit's window is that visit: the patient seen, the
	 * visit is done and never comes back on the list as overdue (found by the recall simulation).
	 */
	@Test
	void aFollowUpBookedAtTheDeskInADueVisitsWindowIsThatVisit() throws Exception {
		UUID v = visit(plan("active"), "visit", today, today.plusDays(20), "planned", null);
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.items[0].kind").value("due-unbooked"));
		String desk = book(today.plusDays(3));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select status || ' ' || appointment_id from surveillance_visit where id = ?", String.class, v),
				("booked " + desk)::equals);
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.total").value(0));
		clock.travelTo(today.plusDays(3).atTime(11, 0).atZone(clock.getZone()).toInstant());
		appointments.markSeen(UUID.fromString(desk));
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select status from surveillance_visit where id = ?", String.class, v), "done"::equals);
		clock.travelTo(today.plusDays(40).atTime(11, 0).atZone(clock.getZone()).toInstant());
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theContactLogIsAppendOnlyAndADeclinedPatientStaysAwaitingADecision() throws Exception {
		UUID v = visit(plan("active"), "visit", today.minusDays(50), today.minusDays(20), "planned", null);
		contact(nurse, v, "{\"method\": \"called\", \"outcome\": \"no answer\", \"note\": \"try evenings\"}", "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.method").value("called"))
			.andExpect(jsonPath("$.outcome").value("no answer"))
			.andExpect(jsonPath("$.recordedBy").value(nurse))
			.andExpect(jsonPath("$.recordedByName").value("Test nurse (Nursing)"));
		contact(nurse, v, "{\"method\": \"declined\"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("사유")));
		contact(nurse, v, "{\"method\": \"declined\", \"reason\": \"moved abroad, will see a doctor there\"}", "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("moved abroad, will see a doctor there"));
		// still on the list, marked as awaiting the decision
		getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(jsonPath("$.items[0].id").value(v.toString()))
			.andExpect(jsonPath("$.items[0].kind").value("overdue"))
			.andExpect(jsonPath("$.items[0].declined").value(true))
			.andExpect(jsonPath("$.items[0].contacts").value(2))
			.andExpect(jsonPath("$.items[0].lastContact.method").value("declined"));
		getAs(derm, "/api/v1/recall/" + v + "/contacts")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].method").value("called"))
			.andExpect(jsonPath("$[1].method").value("declined"));
		// a letter is recorded too, and the clerk may record
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		contact(clerk, v, "{\"method\": \"letter-sent\"}", "en").andExpect(status().isCreated());
		// the log is history: neither the application nor the schema owner changes it
		assertThatThrownBy(() -> jdbc.update("update recall_contact set outcome = 'x' where visit_id = ?", v))
			.isNotNull();
		assertThatThrownBy(() -> TestDatabase.owner().update("delete from recall_contact where visit_id = ?", v))
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where patient_id = ? and action = 'CREATE'"
				+ " and record_type = 'recall-contact'", Integer.class, patient)).isEqualTo(3);
	}

	@Test
	void badInputIsAFieldErrorNeverA5xx() throws Exception {
		UUID v = visit(plan("active"), "visit", today, today.plusDays(30), "planned", null);
		contact(nurse, v, "{\"method\": \"emailed\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("method"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("letter-sent")));
		contact(nurse, v, "{}", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("method"));
		contact(nurse, v, "{\"method\": \"called\", \"outcome\": \"" + "x".repeat(1001) + "\"}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		contact(nurse, v, "{\"method\": ", "en").andExpect(status().isBadRequest());
		contact(nurse, v, "[1, 2]", "en").andExpect(status().isBadRequest());
		contact(nurse, UUID.randomUUID(), "{\"method\": \"called\"}", "en").andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/recall/not-a-uuid/contacts").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"called\"}")).andExpect(status().isNotFound());
		getAs(nurse, "/api/v1/recall?kind=late").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("due-unbooked")));
		getAs(nurse, "/api/v1/recall?page=-1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		getAs(nurse, "/api/v1/recall?size=0").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		getAs(nurse, "/api/v1/recall?size=abc").andExpect(status().isBadRequest());
		getAs(nurse, "/api/v1/recall/" + UUID.randomUUID() + "/contacts").andExpect(status().isNotFound());
	}

	@Test
	void nursesAndClerksRecordCliniciansReadPatientsNeither() throws Exception {
		UUID v = visit(plan("active"), "visit", today, today.plusDays(30), "planned", null);
		getAs(derm, "/api/v1/recall").andExpect(status().isOk());
		contact(derm, v, "{\"method\": \"called\"}", "en").andExpect(status().isForbidden());
		String patientAccount = staff.createPatientAccount(patient);
		getAs(patientAccount, "/api/v1/recall").andExpect(status().isForbidden());
		contact(patientAccount, v, "{\"method\": \"called\"}", "en").andExpect(status().isForbidden());
		String admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		getAs(admin, "/api/v1/recall").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/recall")).andExpect(status().isUnauthorized());
	}

	@Test
	void aClockSetBackLeavesAnOverdueVisitOverdue() throws Exception {
		UUID v = visit(plan("active"), "visit", today.plusDays(5), today.plusDays(35), "planned", null);
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.items[0].kind").value("due-unbooked"));
		clock.travelTo(today.plusDays(40).atTime(9, 0).atZone(clock.getZone()).toInstant());
		getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(jsonPath("$.items[0].kind").value("overdue"))
			.andExpect(jsonPath("$.items[0].daysOverdue").value(5));
		clock.reset();
		getAs(nurse, "/api/v1/recall?doctor=" + derm)
			.andExpect(jsonPath("$.items[0].id").value(v.toString()))
			.andExpect(jsonPath("$.items[0].kind").value("overdue"));
		// the visit is done: off the list, whatever the clock
		jdbc.update("update surveillance_visit set status = 'done', done_on = ? where id = ?", Date.valueOf(today), v);
		getAs(nurse, "/api/v1/recall?doctor=" + derm).andExpect(jsonPath("$.total").value(0));
		assertThat(jdbc.queryForObject("select resolved_at is not null from recall_item where visit_id = ?", Boolean.class,
				v)).isTrue();
	}

	@Test
	void theNursesPageIsKoreanWithTheLogAndTheForm() throws Exception {
		UUID v = visit(plan("active"), "visit", today.minusDays(40), today.minusDays(3), "planned", null);
		contact(nurse, v, "{\"method\": \"called\", \"outcome\": \"부재중\"}", "ko").andExpect(status().isCreated());
		mvc.perform(get("/recall").param("doctor", derm).with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("추적 관찰 리콜 목록")))
			.andExpect(content().string(containsString("기한 경과")))
			.andExpect(content().string(containsString("3일 경과")))
			.andExpect(content().string(containsString("010-1111-2222")))
			.andExpect(content().string(containsString("Test dermatologist (피부과)")))
			.andExpect(content().string(containsString("전화함")))
			.andExpect(content().string(containsString("부재중")))
			.andExpect(content().string(containsString("item-" + v)))
			.andExpect(content().string(containsString("연락 기록 저장")));
		// a declined contact without a reason: the problem beside the form, nothing saved
		mvc.perform(post("/recall/" + v + "/contacts").with(login.as(nurse)).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("Accept-Language", "ko")
			.param("method", "declined").param("doctor", derm))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("contactFor", v));
		mvc.perform(post("/recall/" + v + "/contacts").with(login.as(nurse)).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("method", "declined").param("reason", "다른 병원에서 진료").param("doctor", derm))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("recorded", v));
		mvc.perform(get("/recall").param("doctor", derm).with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("결정할 때까지 대기")));
		// a clinician reads it without the form; a bad filter in the address says so and shows the list
		mvc.perform(get("/recall").param("kind", "late").with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("허용")));
		mvc.perform(get("/recall").param("doctor", derm).with(login.as(derm)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("contact-form"))));
	}
}
