package org.cutis.surveillance.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.treatment.TreatmentCompleted;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surveillance plan's API: proposed when the treatment completes (the surgeon responsible),
 * activation and its errors, the next visit booked into the responsible doctor's sessions and
 * followed through the clinic's changes, one calendar for two cancers, replacement on restaging,
 * suspension by a recurrence, and leaving surveillance with a reason.
 */
@CutisTest
class SurveillancePlanApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	ClinicSchedule schedule;
	@Autowired
	Appointments appointments;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	ResultActions post(String user, String path, String body, String language) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions post(String user, String path, String body) throws Exception {
		return post(user, path, body, "en");
	}

	String plan(String user, String planId) throws Exception {
		return mvc.perform(get("/api/v1/surveillance-plans/" + planId).with(login.as(user)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	void publish(Object event) {
		transactions.executeWithoutResult(s -> publisher.publishEvent(event));
	}

	String awaitPlan(String user, UUID cancerId, String status) {
		return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			String json = mvc.perform(get("/api/v1/cancers/" + cancerId + "/surveillance-plans").with(login.as(user)))
				.andReturn().getResponse().getContentAsString();
			List<String> ids = JsonPath.read(json, "$[?(@.status == '" + status + "')].id");
			return ids.isEmpty() ? null : ids.get(ids.size() - 1);
		}, id -> id != null);
	}

	@Test
	void proposedWhenTreatmentCompletesActivatedAndBookedIntoTheSurgeonsSessions() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("0.5", false);
		String surgeon = melanoma.dermatologist();
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		publish(new TreatmentCompleted(melanoma.cancerId(), melanoma.patientId(),
				List.of(new TreatmentCompleted.Responsible(oncologist, Department.HEMATOLOGY_ONCOLOGY, TreatmentType.SYSTEMIC_THERAPY),
						new TreatmentCompleted.Responsible(surgeon, Department.DERMATOLOGY, TreatmentType.WIDE_LOCAL_EXCISION)),
				LocalDate.now(clock), UUID.randomUUID()));
		String planId = awaitPlan(surgeon, melanoma.cancerId(), "proposed");

		// proposed with the center's default guideline, the surgeon responsible and why, three guidelines side by side
		String proposed = plan(surgeon, planId);
		assertThat((String) JsonPath.read(proposed, "$.guideline")).isEqualTo("NCCN");
		assertThat((String) JsonPath.read(proposed, "$.diagnosis")).isEqualTo("MELANOMA");
		assertThat((String) JsonPath.read(proposed, "$.responsible")).isEqualTo(surgeon);
		assertThat((String) JsonPath.read(proposed, "$.responsibleReason")).contains("wide local excision")
			.contains("systemic therapy");
		assertThat((List<String>) JsonPath.read(proposed, "$.guidelines[*].guideline")).containsExactly("NCCN", "CCA",
				"SIGN");
		assertThat((List<Object>) JsonPath.read(proposed, "$.visits")).isEmpty();
		String stage = JsonPath.read(proposed, "$.stage");
		assertThat(stage).isNotNull();

		// activation errors: an interval outside the range, an unknown guideline; in the user's language
		int minMonths = JsonPath.read(proposed, "$.guidelines[0].periods[0].minMonths");
		int maxMonths = JsonPath.read(proposed, "$.guidelines[0].periods[0].maxMonths");
		post(surgeon, "/api/v1/surveillance-plans/" + planId + "/activate", "{\"intervals\": [" + (maxMonths + 1) + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intervals[0]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(minMonths + " to " + maxMonths)));
		post(surgeon, "/api/v1/surveillance-plans/" + planId + "/activate", "{\"guideline\": \"ESMO\"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("guideline"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("지침")));
		post(staff.create(Role.CLERK), "/api/v1/surveillance-plans/" + planId + "/activate", "{}")
			.andExpect(status().isForbidden());

		// the surgeon's session on the first visit's due day: activation books it there
		LocalDate anchor = LocalDate.parse(JsonPath.read(proposed, "$.anchorDate"));
		LocalDate firstDue = anchor.plusMonths(minMonths);
		schedule.open(surgeon, firstDue);
		String active = post(surgeon, "/api/v1/surveillance-plans/" + planId + "/activate", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.intervals[0]").value(minMonths))
			.andExpect(jsonPath("$.visits[0].kind").value("visit"))
			.andExpect(jsonPath("$.visits[0].dueOn").value(firstDue.toString()))
			.andExpect(jsonPath("$.visits[0].status").value("booked"))
			.andExpect(jsonPath("$.visits[1].status").value("planned"))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(active, "$.visits[*].kind")).contains("skin-check");
		LocalDate dueFrom = LocalDate.parse(JsonPath.read(active, "$.visits[0].dueFrom"));
		LocalDate dueTo = LocalDate.parse(JsonPath.read(active, "$.visits[0].dueTo"));
		assertThat(dueFrom).isBefore(firstDue);
		assertThat(dueTo).isAfter(firstDue);
		UUID appointmentId = UUID.fromString(JsonPath.read(active, "$.visits[0].appointmentId"));
		AppointmentSummary booked = appointments.find(appointmentId).orElseThrow();
		assertThat(booked.clinician()).isEqualTo(surgeon);
		assertThat(booked.kind()).isEqualTo(AppointmentKind.FOLLOW_UP);
		assertThat(booked.patientId()).isEqualTo(melanoma.patientId());
		// activating twice is refused
		post(surgeon, "/api/v1/surveillance-plans/" + planId + "/activate", "{}").andExpect(status().isConflict());

		// the second visit's day has a session too; the patient is seen at the first: done, the next one booked
		LocalDate secondDue = LocalDate.parse(JsonPath.read(active, "$.visits[1].dueOn"));
		schedule.open(surgeon, secondDue);
		clock.travelTo(firstDue.atTime(LocalTime.of(7, 0)).atZone(clock.getZone()).toInstant());
		appointments.markSeen(appointmentId);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			String json = plan(surgeon, planId);
			return "done".equals(JsonPath.read(json, "$.visits[0].status"))
					&& "booked".equals(JsonPath.read(json, "$.visits[1].status"));
		});
		String afterVisit = plan(surgeon, planId);
		assertThat((String) JsonPath.read(afterVisit, "$.visits[0].doneOn")).isEqualTo(firstDue.toString());
		UUID secondAppointment = UUID.fromString(JsonPath.read(afterVisit, "$.visits[1].appointmentId"));

		// restaged to a higher stage: a new plan is proposed, the old one replaced and its booking cancelled
		publish(new CancerStaged(melanoma.cancerId(), melanoma.patientId(), null, UUID.randomUUID(), DiagnosisKind.MELANOMA,
				org.cutis.clinical.Diagnosis.MELANOMA, anchor, "IIIA", null, "IIIA", "pT1a", null, false, false, false,
				List.of("pN: NX → N1a")));
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "replaced".equals(JsonPath.read(plan(surgeon, planId), "$.status")));
		String replaced = plan(surgeon, planId);
		String newPlanId = JsonPath.read(replaced, "$.replacedBy");
		assertThat((String) JsonPath.read(replaced, "$.endReason")).isEqualTo("replaced");
		assertThat((String) JsonPath.read(replaced, "$.visits[0].status")).isEqualTo("done");
		assertThat((String) JsonPath.read(replaced, "$.visits[1].status")).isEqualTo("cancelled");
		assertThat(appointments.find(secondAppointment).orElseThrow().status()).isEqualTo(AppointmentStatus.CANCELLED);
		String renewed = plan(surgeon, newPlanId);
		assertThat((String) JsonPath.read(renewed, "$.status")).isEqualTo("proposed");
		assertThat((String) JsonPath.read(renewed, "$.responsible")).isEqualTo(surgeon);
		// (the new proposal reads the cancer's current stage from staging; this test's event is synthetic)
		assertThat((String) JsonPath.read(renewed, "$.cancerStage")).isEqualTo(stage);
	}

	@Test
	void twoCancersOneCalendarSuspendedByARecurrenceAndLeftWithAReason() throws Exception {
		SignedCancers.Signed first = cancers.melanoma("0.5", false);
		SignedCancers.Signed second = cancers.melanomaOf(first.patientId(), "0.6", false);
		String derm = first.dermatologist();
		String nurse = first.nurse();

		// proposed by hand without a responsible doctor: activation names the field
		String byHand = post(derm, "/api/v1/cancers/" + first.cancerId() + "/surveillance-plans", "{}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("proposed"))
			.andReturn().getResponse().getContentAsString();
		String firstPlan = JsonPath.read(byHand, "$.id");
		post(derm, "/api/v1/cancers/" + first.cancerId() + "/surveillance-plans", "{}").andExpect(status().isConflict());
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/activate", "{}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsible"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("담당 의사")));
		// reassigning needs a doctor and a reason
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/responsible", "{\"responsible\": \"" + nurse + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("responsible", "reason")));
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/responsible",
				"{\"responsible\": \"" + derm + "\", \"reason\": \"follows the patient at the skin clinic\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responsible").value(derm))
			.andExpect(jsonPath("$.responsibleChanges", hasSize(1)));
		LocalDate anchor = LocalDate.parse(JsonPath.read(byHand, "$.anchorDate"));
		int months = JsonPath.read(byHand, "$.guidelines[0].periods[0].minMonths");
		schedule.open(derm, anchor.plusMonths(months));
		String activeFirst = post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/activate", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits[0].status").value("booked"))
			.andReturn().getResponse().getContentAsString();
		// the clinic cancels the appointment: the visit is planned again (the recall list shows it)
		appointments.cancel(UUID.fromString(JsonPath.read(activeFirst, "$.visits[0].appointmentId")), "환자 요청");
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "planned".equals(JsonPath.read(plan(derm, firstPlan), "$.visits[0].status")));

		// the second cancer's plan: its visits fall on the first plan's (same dates): merged, never duplicated
		String secondPlan = JsonPath.read(post(derm, "/api/v1/cancers/" + second.cancerId() + "/surveillance-plans",
				"{\"responsible\": \"" + derm + "\", \"guideline\": \"NCCN\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		String activeSecond = post(derm, "/api/v1/surveillance-plans/" + secondPlan + "/activate", "{}")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> statuses = JsonPath.read(activeSecond, "$.visits[*].status");
		assertThat(statuses).isNotEmpty().allMatch("merged"::equals);
		String calendar = mvc.perform(get("/api/v1/patients/" + first.patientId() + "/surveillance-calendar")
			.with(login.as(nurse)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> visits = JsonPath.read(calendar, "$[?(@.status != 'merged')]");
		List<String> days = visits.stream().filter(v -> !"imaging".equals(v.get("kind")))
			.map(v -> (String) v.get("dueOn")).toList();
		assertThat(days).doesNotHaveDuplicates();
		assertThat((List<Object>) JsonPath.read(calendar, "$[?(@.status == 'merged')].mergedInto")).isNotEmpty();

		// a recurrence suspends the second plan; ruled out, it resumes
		publish(new RecurrenceConfirmed(UUID.randomUUID(), second.cancerId(), second.patientId(), RecurrenceExtent.LOCAL,
				LocalDate.now(clock)));
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "suspended".equals(JsonPath.read(plan(derm, secondPlan), "$.status")));
		publish(new RecurrenceRuledOut(UUID.randomUUID(), second.cancerId(), second.patientId(), UUID.randomUUID(),
				clock.instant()));
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "active".equals(JsonPath.read(plan(derm, secondPlan), "$.status")));

		// leaving: completed needs every visit done; declined needs the detail; a clerk may not
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/end", "{\"reason\": \"completed\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/end", "{\"reason\": \"declined\"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("detail"));
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/end", "{\"reason\": \"bored\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("death")));
		post(staff.create(Role.CLERK), "/api/v1/surveillance-plans/" + firstPlan + "/end",
				"{\"reason\": \"declined\", \"detail\": \"x\"}").andExpect(status().isForbidden());
		post(derm, "/api/v1/surveillance-plans/" + firstPlan + "/end",
				"{\"reason\": \"declined\", \"detail\": \"prefers follow-up near home\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ended"))
			.andExpect(jsonPath("$.endDetail").value("prefers follow-up near home"))
			.andExpect(jsonPath("$.visits[0].status").value("cancelled"));
		// the second plan's visits merged into the ended plan's stand on their own again
		String after = plan(derm, secondPlan);
		assertThat((List<String>) JsonPath.read(after, "$.visits[*].status")).doesNotContain("merged");
		// and the next one is booked into the session the ended plan had used; a no-show marks it missed, the appointment kept
		assertThat((String) JsonPath.read(after, "$.visits[0].status")).isEqualTo("booked");
		UUID kept = UUID.fromString(JsonPath.read(after, "$.visits[0].appointmentId"));
		clock.travelTo(anchor.plusMonths(months).atTime(LocalTime.of(19, 0)).atZone(clock.getZone()).toInstant());
		post(nurse, "/api/v1/appointments/" + kept + "/status", "{\"status\": \"no-show\"}").andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> "missed".equals(JsonPath.read(plan(derm, secondPlan), "$.visits[0].status")));
		assertThat((String) JsonPath.read(plan(derm, secondPlan), "$.visits[0].appointmentId")).isEqualTo(kept.toString());
		assertThat(appointments.find(kept).orElseThrow().status()).isEqualTo(AppointmentStatus.NO_SHOW);

		// the pages in Korean: the plan, the cancer's plans, the combined calendar
		mvc.perform(get("/surveillance-plans/" + secondPlan).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("지침 비교")))
			// the missed visit may take an appointment booked by hand (outside its window with the reason)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("예약을 방문에 연결")));
		mvc.perform(get("/cancers/" + first.cancerId() + "/surveillance").with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk());
		mvc.perform(get("/patients/" + first.patientId() + "/surveillance").with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("통합 일정")));
	}
}
