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
}
