package org.cutis.surveillance.plan;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
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
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.surveillance.plan.application.LifelongNightly;
import org.junit.jupiter.api.AfterEach;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar after activation (plan-more): a visit linked to a day outside its due window only
 * with the reason (API and the plan page's forms, in the user's language), the future bookings
 * moved to a newly responsible doctor's sessions, and the lifelong annual skin checks written again
 * when they run out (a visit done, the night), merged across the patient's plans, never twice.
 */
@CutisTest
class SurveillanceCalendarApiTests {
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
	JdbcTemplate jdbc;
	@Autowired
	LifelongNightly nightly;

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

	ResultActions form(String user, String path, String language, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.with(csrf())
			.header("Accept-Language", language);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	String plan(String user, String planId) throws Exception {
		return mvc.perform(get("/api/v1/surveillance-plans/" + planId).with(login.as(user)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** Proposed by hand with the doctor responsible and activated (the shorter intervals). */
	String activePlan(String doctor, UUID cancerId) throws Exception {
		String proposed = post(doctor, "/api/v1/cancers/" + cancerId + "/surveillance-plans",
				"{\"responsible\": \"" + doctor + "\", \"guideline\": \"NCCN\"}", "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String planId = JsonPath.read(proposed, "$.id");
		post(doctor, "/api/v1/surveillance-plans/" + planId + "/activate", "{}", "en").andExpect(status().isOk());
		return planId;
	}

	Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
	}

	static LocalDate date(String json, String path) {
		return LocalDate.parse(JsonPath.read(json, path));
	}

	@Test
	void aVisitOutsideItsWindowNeedsTheReasonOnTheApiAndOnThePlanPage() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("0.5", false);
		String derm = melanoma.dermatologist();
		String nurse = melanoma.nurse();
		String planId = activePlan(derm, melanoma.cancerId());
		String active = plan(derm, planId);
		String visitId = JsonPath.read(active, "$.visits[0].id");
		LocalDate dueFrom = date(active, "$.visits[0].dueFrom");
		LocalDate dueTo = date(active, "$.visits[0].dueTo");

		// an appointment booked by hand three days after the window closes
		LocalDate late = dueTo.plusDays(3);
		schedule.open(derm, late);
		AppointmentSummary booked = appointments.book(melanoma.patientId(), derm, at(late, 10), AppointmentKind.FOLLOW_UP,
				"환자 일정");
		String link = "{\"appointmentId\": \"" + booked.id() + "\"}";
		post(nurse, "/api/v1/surveillance-visits/" + visitId + "/appointment", link, "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("사유"),
					containsString(dueFrom.toString()), containsString(dueTo.toString()), containsString(late.toString()))));
		post(nurse, "/api/v1/surveillance-visits/" + visitId + "/appointment", link, "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Reason: required"),
					containsString(dueFrom + " to " + dueTo))));
		post(nurse, "/api/v1/surveillance-visits/" + visitId + "/appointment", "{}", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("appointmentId"));
		post(staff.create(Role.CLERK), "/api/v1/surveillance-visits/" + visitId + "/appointment", link, "en")
			.andExpect(status().isForbidden());

		// the plan page: the forms for the nurse, not for the pathologist who may only read the plan
		mvc.perform(get("/surveillance-plans/" + planId).with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"link-form\""), containsString("예약을 방문에 연결"),
					containsString(late.toString()))));
		mvc.perform(get("/surveillance-plans/" + planId).with(login.as(melanoma.pathologist())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"link-form\""))));
		// linked on the page without the reason: the page again, the error beside the reason with the window
		form(nurse, "/surveillance-plans/" + planId + "/visit-appointment", "ko", "visitId", visitId, "appointmentId",
				booked.id().toString())
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"link-reason-error\""),
					containsString("허용 기간(" + dueFrom + " ~ " + dueTo + ")"))));
		assertThat((String) JsonPath.read(plan(derm, planId), "$.visits[0].status")).isNotEqualTo("booked");
		form(nurse, "/surveillance-plans/" + planId + "/visit-appointment", "ko", "visitId", visitId, "appointmentId",
				booked.id().toString(), "reason", "환자 해외 체류")
			.andExpect(status().is3xxRedirection());
		String linked = plan(derm, planId);
		assertThat((String) JsonPath.read(linked, "$.visits[0].status")).isEqualTo("booked");
		assertThat((String) JsonPath.read(linked, "$.visits[0].appointmentId")).isEqualTo(booked.id().toString());
		assertThat((String) JsonPath.read(linked, "$.visits[0].outsideWindowReason")).isEqualTo("환자 해외 체류");

		// the next visit seen outside its window with no reason (recorded elsewhere): the reason afterwards
		String nextId = JsonPath.read(linked, "$.visits[1].id");
		LocalDate nextFrom = date(linked, "$.visits[1].dueFrom");
		LocalDate nextTo = date(linked, "$.visits[1].dueTo");
		LocalDate seen = nextFrom.minusDays(4);
		jdbc.update("update surveillance_visit set status = 'done', done_on = ? where id = ?", Date.valueOf(seen),
				UUID.fromString(nextId));
		post(derm, "/api/v1/surveillance-visits/" + nextId + "/outside-window-reason", "{\"reason\": \" \"}", "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString(nextFrom + " ~ " + nextTo),
					containsString(seen.toString()))));
		mvc.perform(get("/surveillance-plans/" + planId).with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("id=\"reason-form\""),
					containsString("Reason of a visit outside its due window"))));
		form(nurse, "/surveillance-plans/" + planId + "/outside-window-reason", "en", "visitId", nextId)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""),
					containsString("outside the visit&#39;s due window (" + nextFrom + " to " + nextTo + ")"))));
		form(nurse, "/surveillance-plans/" + planId + "/outside-window-reason", "en", "visitId", nextId, "reason",
				"seen early before surgery abroad")
			.andExpect(status().is3xxRedirection());
		assertThat((String) JsonPath.read(plan(derm, planId), "$.visits[1].outsideWindowReason"))
			.isEqualTo("seen early before surgery abroad");
		mvc.perform(get("/surveillance-plans/" + planId).with(login.as(nurse)))
			.andExpect(content().string(not(containsString("id=\"reason-form\""))));
		// a visit of another plan cannot be chosen on this plan's page
		form(nurse, "/surveillance-plans/" + planId + "/outside-window-reason", "en", "visitId",
				UUID.randomUUID().toString(), "reason", "x")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visit: choose a visit of this plan.")));
	}

	@Test
	void reassigningTheResponsibleDoctorMovesTheFutureBookingsToTheNewDoctorsSessions() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("0.5", false);
		String before = melanoma.dermatologist();
		String after = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String proposed = post(before, "/api/v1/cancers/" + melanoma.cancerId() + "/surveillance-plans",
				"{\"responsible\": \"" + before + "\"}", "en")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String planId = JsonPath.read(proposed, "$.id");
		LocalDate anchor = date(proposed, "$.anchorDate");
		int months = JsonPath.read(proposed, "$.guidelines[0].periods[0].minMonths");
		LocalDate firstDue = anchor.plusMonths(months);
		LocalDate secondDue = firstDue.plusMonths(months);
		schedule.open(before, firstDue);
		schedule.open(before, secondDue);
		String active = post(before, "/api/v1/surveillance-plans/" + planId + "/activate", "{}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits[0].status").value("booked"))
			.andReturn().getResponse().getContentAsString();
		UUID first = UUID.fromString(JsonPath.read(active, "$.visits[0].appointmentId"));
		// the second visit booked at the desk with the same doctor: a follow-up in the visit's window is
		// that visit (the plan links it after the booking commits)
		AppointmentSummary second = appointments.book(melanoma.patientId(), before, at(secondDue, 10),
				AppointmentKind.FOLLOW_UP, "추적 관찰 방문");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> second.id().toString()
			.equals(JsonPath.read(plan(before, planId), "$.visits[1].appointmentId")));
		// the new doctor holds clinic on the first visit's day only
		schedule.open(after, firstDue);

		post(before, "/api/v1/surveillance-plans/" + planId + "/responsible",
				"{\"responsible\": \"" + after + "\", \"reason\": \"Dr. moved to the melanoma clinic\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responsible").value(after));
		// the former doctor's appointments cancelled with the reason
		for (UUID old : List.of(first, second.id())) {
			AppointmentSummary cancelled = appointments.find(old).orElseThrow();
			assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
			assertThat(jdbc.queryForObject("select status_reason from appointment where id = ?", String.class, old))
				.isEqualTo("responsible doctor changed");
		}
		String moved = plan(after, planId);
		assertThat((String) JsonPath.read(moved, "$.visits[0].status")).isEqualTo("booked");
		AppointmentSummary rebooked = appointments.find(UUID.fromString(JsonPath.read(moved, "$.visits[0].appointmentId")))
			.orElseThrow();
		assertThat(rebooked.clinician()).isEqualTo(after);
		assertThat(rebooked.status()).isEqualTo(AppointmentStatus.BOOKED);
		LocalDate day = rebooked.start().atZone(clock.getZone()).toLocalDate();
		assertThat(day).isBetween(date(moved, "$.visits[0].dueFrom"), date(moved, "$.visits[0].dueTo"));
		// no session of the new doctor in the second visit's window: it stays planned
		assertThat((String) JsonPath.read(moved, "$.visits[1].status")).isEqualTo("planned");
		assertThat((Map<String, Object>) JsonPath.read(moved, "$.visits[1]")).doesNotContainKey("appointmentId");
		// the clinic's cancellations (after commit) leave the moved visits as they are
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
			String json = plan(after, planId);
			return "booked".equals(JsonPath.read(json, "$.visits[0].status"))
					&& "planned".equals(JsonPath.read(json, "$.visits[1].status"));
		});
		// due soon and unbooked, it is on the recall list
		LocalDate secondFrom = date(moved, "$.visits[1].dueFrom");
		clock.travelTo(at(secondFrom.minusDays(5), 9));
		String recall = mvc.perform(get("/api/v1/recall").with(login.as(melanoma.nurse())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> items = JsonPath.read(recall,
				"$.items[?(@.patientId == '" + melanoma.patientId() + "')]");
		assertThat(items).extracting(i -> i.get("kind")).contains("due-unbooked");
	}

	@Test
	void lifelongSkinChecksAreWrittenAgainWhenTheyRunOutMergedAcrossPlansNeverTwice() throws Exception {
		SignedCancers.Signed first = cancers.melanoma("0.5", false);
		SignedCancers.Signed second = cancers.melanomaOf(first.patientId(), "0.6", false);
		String derm = first.dermatologist();
		String firstPlan = activePlan(derm, first.cancerId());
		String secondPlan = activePlan(derm, second.cancerId());
		String written = plan(derm, firstPlan);
		List<String> checks = JsonPath.read(written, "$.visits[?(@.kind == 'skin-check')].dueOn");
		assertThat(checks).hasSizeGreaterThan(2);
		int count = checks.size();
		LocalDate last = LocalDate.parse(checks.get(count - 1));
		// the last check but one: booked by hand and seen; only the last one is then ahead
		List<String> oneButLastIds = JsonPath.read(written,
				"$.visits[?(@.kind == 'skin-check' && @.dueOn == '" + checks.get(count - 2) + "')].id");
		String oneButLast = oneButLastIds.get(0);
		LocalDate day = LocalDate.parse(checks.get(count - 2));
		// the night before its day: two checks are still ahead, nothing is written
		clock.travelTo(at(day.minusDays(1), 3));
		nightly.sweep();
		assertThat((List<String>) JsonPath.read(plan(derm, firstPlan), "$.visits[?(@.kind == 'skin-check')].id"))
			.hasSize(count);
		clock.travelTo(at(day, 7));
		schedule.open(derm, day);
		// booked at the desk in the check's window: the plan takes it as that check after the booking commits
		AppointmentSummary booked = appointments.book(first.patientId(), derm, at(day, 9), AppointmentKind.FOLLOW_UP,
				"연례 피부 검진");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> JsonPath.<List<String>>read(plan(derm, firstPlan),
				"$.visits[?(@.id == '" + oneButLast + "')].appointmentId").contains(booked.id().toString()));
		clock.travelTo(at(day, 10));
		appointments.markSeen(booked.id());

		// done: the next checks are written after the last one, at the same interval
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) JsonPath.read(plan(derm, firstPlan),
				"$.visits[?(@.kind == 'skin-check')]")).size() > count);
		String extended = plan(derm, firstPlan);
		List<String> days = JsonPath.read(extended, "$.visits[?(@.kind == 'skin-check')].dueOn");
		assertThat(days).doesNotHaveDuplicates().hasSize(count + 10);
		assertThat(LocalDate.parse(days.get(count))).isEqualTo(last.plusYears(1));
		assertThat(LocalDate.parse(days.get(days.size() - 1))).isEqualTo(last.plusYears(10));
		// the second plan's checks too, merged into the first plan's: the patient comes once a year
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) JsonPath.read(plan(derm, secondPlan),
				"$.visits[?(@.kind == 'skin-check')]")).size() > count);
		String secondExtended = plan(derm, secondPlan);
		List<String> mergedAfterLast = JsonPath.read(secondExtended,
				"$.visits[?(@.kind == 'skin-check' && @.dueOn > '" + last + "')].status");
		assertThat(mergedAfterLast).isNotEmpty().allMatch("merged"::equals);
		String calendar = mvc.perform(get("/api/v1/patients/" + first.patientId() + "/surveillance-calendar")
			.with(login.as(first.nurse())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> ownDays = JsonPath.read(calendar, "$[?(@.status != 'merged' && @.kind != 'imaging')].dueOn");
		assertThat(ownDays).doesNotHaveDuplicates();

		// the night after changes nothing (never twice); years later, with nobody seen, the night writes them
		nightly.sweep();
		assertThat((List<String>) JsonPath.read(plan(derm, firstPlan), "$.visits[?(@.kind == 'skin-check')].id"))
			.hasSize(count + 10);
		clock.travelTo(at(last.plusYears(9), 3));
		assertThat(nightly.sweep()).contains("20 lifelong skin checks written for 2 plans");
		List<String> again = JsonPath.read(plan(derm, firstPlan), "$.visits[?(@.kind == 'skin-check')].dueOn");
		assertThat(again).doesNotHaveDuplicates().hasSize(count + 20);
		assertThat(LocalDate.parse(again.get(again.size() - 1))).isEqualTo(last.plusYears(20));
	}
}
