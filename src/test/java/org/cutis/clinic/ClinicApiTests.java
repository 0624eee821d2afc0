package org.cutis.clinic;

import java.time.LocalDate;
import java.time.ZoneId;

import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class ClinicApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	TestClock clock;

	String nurse;
	String doctor;
	String patient;
	LocalDate tomorrow;

	@BeforeEach
	void setUp() {
		nurse = staff.create(Role.NURSE);
		doctor = staff.create(Role.DERMATOLOGIST);
		patient = clinic.patient().toString();
		tomorrow = LocalDate.now(clock).plusDays(1);
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	ResultActions openSession(String as, String clinician, LocalDate day, String start, String end, String capacity)
			throws Exception {
		return mvc.perform(post("/api/v1/clinic-sessions").with(login.as(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clinician": "%s", "date": "%s", "start": "%s", "end": "%s", "capacity": %s,
					 "location": "본관 3층 외래 2번 진료실"}
					""".formatted(clinician, day, start, end, capacity)));
	}

	ResultActions book(String start, String kind) throws Exception {
		return mvc.perform(post("/api/v1/appointments").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "clinician": "%s", "start": "%s", "kind": "%s", "reason": "6개월 추적"}
					""".formatted(patient, doctor, start, kind)));
	}

	String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	ResultActions mark(String appointment, String body) throws Exception {
		return mvc.perform(post("/api/v1/appointments/" + appointment + "/status").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aSessionTakesAsManyPatientsAsItHasSlotsAndNoMore() throws Exception {
		openSession(nurse, doctor, tomorrow, "09:00", "10:00", "2").andExpect(status().isCreated())
			.andExpect(jsonPath("$.slotMinutes").value(30))
			.andExpect(jsonPath("$.free").value(2));
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("booked"))
			.andExpect(jsonPath("$.location").value("본관 3층 외래 2번 진료실"));
		// the same slot again: refused, naming the next free one
		book(tomorrow + "T09:10", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("09:30")));
		String zoned = tomorrow.atTime(9, 30).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
		book(zoned, "new-referral").andExpect(status().isCreated());
		book(tomorrow + "T09:45", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(get("/api/v1/clinic-sessions").param("clinician", doctor)
			.param("from", tomorrow.toString())
			.param("to", tomorrow.toString())
			.with(login.as(nurse))).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].booked").value(2))
			.andExpect(jsonPath("$[0].free").value(0));
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").param("date", tomorrow.toString())
			.with(login.as(doctor)))
			.andExpect(jsonPath("$.appointments", hasSize(2)))
			.andExpect(jsonPath("$.appointments[0].patientName").value(containsString(Clinic.HANGUL_NAME)))
			.andExpect(jsonPath("$.appointments[0].mrn").isNotEmpty())
			.andExpect(jsonPath("$.appointments[1].kind").value("new-referral"));
	}

	@Test
	void noSessionLeaveAndThePastAreRefusedNamingTheStart() throws Exception {
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		openSession(nurse, doctor, tomorrow, "09:00", "12:00", "6").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/clinic-leave").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clinician": "%s", "from": "%s", "to": "%s", "reason": "학회"}
					""".formatted(doctor, tomorrow, tomorrow))).andExpect(status().isCreated());
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("휴진")));
		book(LocalDate.now(clock).minusDays(1) + "T09:00", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		openSession(nurse, doctor, LocalDate.now(clock).minusDays(1), "09:00", "12:00", "6")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void badKindUnknownClinicianAndMalformedInputAreFieldErrorsNever5xx() throws Exception {
		openSession(nurse, doctor, tomorrow, "09:00", "12:00", "6").andExpect(status().isCreated());
		book(tomorrow + "T09:00", "haircut").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("follow-up")));
		book("tomorrow morning", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(post("/api/v1/appointments").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "clinician": "nobody-here", "start": "%sT09:00", "kind": "follow-up"}
					""".formatted(patient, tomorrow)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("clinician"));
		for (String body : new String[] { "{", "[]", "{\"patientId\": \"not-a-uuid\"}", "{\"start\": 5}",
				"{\"nonsense\": true}", "{}" }) {
			mvc.perform(post("/api/v1/appointments").with(login.as(nurse))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().is4xxClientError());
			mvc.perform(post("/api/v1/clinic-sessions").with(login.as(nurse))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().is4xxClientError());
		}
		openSession(nurse, doctor, tomorrow, "25:00", "12:00", "6").andExpect(status().isBadRequest());
		openSession(nurse, doctor, tomorrow, "13:00", "12:00", "6").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		openSession(nurse, doctor, tomorrow, "13:00", "14:00", "0").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capacity"));
		openSession(nurse, doctor, tomorrow, "11:00", "14:00", "6").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").param("date", "yesterday")
			.with(login.as(nurse))).andExpect(status().isBadRequest());
		String appointment = id(book(tomorrow + "T09:00", "follow-up").andExpect(status().isCreated()));
		mark(appointment, "{\"status\": \"teleported\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mark(appointment, "{\"status\": \"cancelled\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void theNurseMarksArrivalAndNoShowOnTheDayAndACancelledSlotIsFreeAgain() throws Exception {
		openSession(nurse, doctor, tomorrow, "09:00", "10:00", "2").andExpect(status().isCreated());
		String first = id(book(tomorrow + "T09:00", "follow-up").andExpect(status().isCreated()));
		String second = id(book(tomorrow + "T09:30", "follow-up").andExpect(status().isCreated()));
		// not yet the day
		mark(first, "{\"status\": \"arrived\"}").andExpect(status().isBadRequest());
		clock.travelTo(tomorrow.atTime(9, 5).atZone(ZoneId.systemDefault()).toInstant());
		mark(first, "{\"status\": \"arrived\", \"version\": 0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("arrived"));
		// a stale version: someone changed it since
		mark(first, "{\"status\": \"cancelled\", \"reason\": \"x\", \"version\": 0}").andExpect(status().isConflict());
		mark(first, "{\"status\": \"no-show\"}").andExpect(status().isConflict());
		mark(second, "{\"status\": \"no-show\", \"reason\": \"연락 안 됨\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("no-show"))
			.andExpect(jsonPath("$.statusReason").value("연락 안 됨"));
		// turned up late after all
		mark(second, "{\"status\": \"arrived\"}").andExpect(status().isOk());
		mark(second, "{\"status\": \"cancelled\", \"reason\": \"보호자 요청\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"));
		mark(second, "{\"status\": \"arrived\"}").andExpect(status().isConflict());
		// the cancelled 09:30 slot takes a walk-in
		book(tomorrow + "T09:30", "follow-up").andExpect(status().isCreated());
		// a slot that has ended is past
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").with(login.as(nurse)))
			.andExpect(jsonPath("$.appointments", hasSize(3)))
			.andExpect(jsonPath("$.appointments[0].status").value("arrived"));
	}

	@Test
	void aDoctorKeepsOnlyTheirOwnSessionsAndLeaveAndEveryRouteNeedsItsPermission() throws Exception {
		String other = staff.create(Role.DERMATOLOGIST);
		openSession(doctor, other, tomorrow, "09:00", "10:00", "2").andExpect(status().isForbidden());
		openSession(doctor, doctor, tomorrow, "09:00", "10:00", "2").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/clinic-leave").with(login.as(doctor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clinician\": \"%s\", \"from\": \"%s\", \"to\": \"%s\"}".formatted(other, tomorrow, tomorrow)))
			.andExpect(status().isForbidden());
		String pathologist = staff.create(Role.PATHOLOGIST);
		openSession(nurse, pathologist, tomorrow, "09:00", "10:00", "2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("clinician"));
		String patientAccount = staff.createPatientAccount(java.util.UUID.fromString(patient));
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").with(login.as(patientAccount)))
			.andExpect(status().isForbidden());
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isCreated());
	}

	@Test
	void theReasonIsACodeShownInTheReadersLanguageOrTheBookersOwnWords() throws Exception {
		openSession(nurse, doctor, tomorrow, "09:00", "11:00", "4").andExpect(status().isCreated());
		String bookWith = """
				{"patientId": "%s", "clinician": "%s", "start": "%sT%s", "kind": "follow-up", "reason": "%s"}
				""";
		mvc.perform(post("/api/v1/appointments").with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content(bookWith.formatted(patient, doctor, tomorrow, "09:00", "imaging-review")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("imaging-review"))
			.andExpect(jsonPath("$.reasonCode").value("imaging-review"));
		// the fixed text follow-up bookings used is the code (as the migration maps stored rows)
		mvc.perform(post("/api/v1/appointments").with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content(bookWith.formatted(clinic.patient(), doctor, tomorrow, "09:30", "추적 관찰 방문")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reasonCode").value("follow-up-visit"));
		mvc.perform(post("/api/v1/appointments").with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content(bookWith.formatted(clinic.patient(), doctor, tomorrow, "10:00", "흉터 가려움 상담")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("흉터 가려움 상담"))
			.andExpect(jsonPath("$.reasonCode").doesNotExist());
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").param("date", tomorrow.toString())
			.with(login.as(nurse)))
			.andExpect(jsonPath("$.appointments[0].reasonCode").value("imaging-review"))
			.andExpect(jsonPath("$.appointments[1].reasonCode").value("follow-up-visit"))
			.andExpect(jsonPath("$.appointments[2].reason").value("흉터 가려움 상담"));

		// the clinic list and the chart header say it in the reader's language; typed words as typed
		String list = "/clinics/" + doctor + "?date=" + tomorrow;
		mvc.perform(get(list).with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(containsString("영상 검사 결과 확인"), containsString("추적 관찰 방문"),
						containsString("translate=\"no\">흉터 가려움 상담"), org.hamcrest.Matchers.not(containsString(">imaging-review<")))));
		mvc.perform(get(list).with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(containsString("Imaging review"), containsString("Follow-up visit"))));
		mvc.perform(get("/patients/" + patient).with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("id=\"chart-next-visit-reason\">Imaging review")));
	}

	@Test
	void triageAcceptanceBooksARealAppointmentShownOnTheReferralAndTheChart() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String referral = id(mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
					 "reason": "suspected-skin-cancer", "urgency": "routine"}
					""".formatted(patient))).andExpect(status().isCreated()));
		String accept = "/api/v1/referrals/" + referral + "/accept";
		// no session that day: refused naming the date, nothing decided
		mvc.perform(post(accept).with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\", \"appointmentDate\": \"%s\"}".formatted(doctor, tomorrow)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("appointmentDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("진료 세션이 없습니다")));
		openSession(nurse, doctor, tomorrow, "09:00", "10:00", "2").andExpect(status().isCreated());
		book(tomorrow + "T09:00", "follow-up").andExpect(status().isCreated());
		mvc.perform(post(accept).with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\", \"appointmentStart\": \"%sT09:00\"}".formatted(doctor, tomorrow)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("appointmentStart"));
		// the first free slot of the day
		mvc.perform(post(accept).with(login.as(nurse)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\", \"appointmentDate\": \"%s\"}".formatted(doctor, tomorrow)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.appointmentDate").value(tomorrow.toString()))
			.andExpect(jsonPath("$.appointment.start").value(containsString(tomorrow + "T09:30")))
			.andExpect(jsonPath("$.appointment.clinician").value(doctor))
			.andExpect(jsonPath("$.appointment.location").value("본관 3층 외래 2번 진료실"));
		mvc.perform(get("/api/v1/clinics/" + doctor + "/appointments").param("date", tomorrow.toString())
			.with(login.as(nurse))).andExpect(jsonPath("$.appointments[1].kind").value("new-referral"));
		mvc.perform(get("/referrals/" + referral).with(login.as(nurse)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(containsString("id=\"referral-appointment\""),
						containsString(tomorrow + "</span> <span>09:30"))));
		mvc.perform(get("/patients/" + patient).with(login.as(nurse)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(containsString("id=\"chart-next-visit\""),
						containsString(tomorrow + " 09:00"), containsString("진료 예약: " + tomorrow + " 09:30"))));
	}
}
