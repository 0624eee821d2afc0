package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.BoardFlow;
import org.cutis.support.Clinic;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.PathologyFlow;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13's journey on the Korean pages: a stage IIB melanoma, discussed by the board and treated
 * (set up through the API), gets its surveillance plan proposed when the treatment plan completes;
 * the surgeon reviews it and activates it on the plan page, choosing the interval; the first visit
 * is booked into the surgeon's clinic session. On the visit day the nurse marks the no-show on the
 * clinic list, finds the visit missed on the recall list, records the call and rebooks from the
 * clinic list. At the next visit the nurse marks arrival, the surgeon opens the visit note from the
 * clinic list, records relapse suspected on the original lesion and signs; the relapse work-up
 * offers the re-biopsy of purpose recurrence; its malignant report (through the specimen loop by
 * API) puts the case on the tumor board's proposals for recurrence and suspends the plan.
 */
@CutisTest
class FollowUpJourneyTests {
	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BoardFlow board;
	@Autowired
	BiopsyFlow biopsies;
	@Autowired
	ClinicSchedule schedule;
	@Autowired
	PatientDirectory patients;
	@Autowired
	TestClock clock;

	ChromeDriver browser;
	WebDriverWait wait;

	@AfterEach
	void close() {
		clock.reset();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aStageIIBMelanomaFromTreatmentThroughAMissedVisitToRelapseAndTheBoard() throws Exception {
		// --- set-up through the API: a stage IIB melanoma, discussed, excised, the treatment plan completed
		SignedCancers.Signed s = cancers.melanoma("2.5", true);
		String surgeon = s.dermatologist();
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String mrn = patients.find(s.patientId()).orElseThrow().mrn();
		BoardFlow.Listed listed = board.listed(s);
		board.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"2 cm\"}"));
		String plan = call(surgeon, "/api/v1/tumor-board/cases/" + listed.caseId() + "/treatment-plan", """
				{"items": [{"responsible": "%s", "department": "dermatology"}]}
				""".formatted(surgeon), 201);
		String treatmentPlan = JsonPath.read(plan, "$.id");
		String excision = JsonPath.<List<String>>read(plan, "$.items[?(@.type == 'wide-local-excision')].id").get(0);
		String completed = call(surgeon, "/api/v1/treatment-plans/" + treatmentPlan + "/items/" + excision + "/status",
				"{\"status\": \"done\"}", 200);
		assertThat((String) JsonPath.read(completed, "$.status")).isEqualTo("completed");

		// the surveillance plan is proposed on completion, the surgeon responsible, stage IIB
		String planId = awaitPlan(surgeon, s.cancerId(), "proposed");
		String proposed = read(surgeon, "/api/v1/surveillance-plans/" + planId);
		assertThat((String) JsonPath.read(proposed, "$.stage")).isEqualTo("IIB");
		assertThat((String) JsonPath.read(proposed, "$.responsible")).isEqualTo(surgeon);
		assertThat((String) JsonPath.read(proposed, "$.guideline")).isEqualTo("NCCN");
		int minMonths = JsonPath.read(proposed, "$.guidelines[0].periods[0].minMonths");
		int maxMonths = JsonPath.read(proposed, "$.guidelines[0].periods[0].maxMonths");
		assertThat(maxMonths).isGreaterThan(minMonths);
		// the surgeon will choose one month more than the shorter end; the session of that due day is open
		int chosen = minMonths + 1;
		LocalDate anchor = LocalDate.parse(JsonPath.read(proposed, "$.anchorDate"));
		LocalDate firstDue = anchor.plusMonths(chosen);
		schedule.open(surgeon, firstDue, LocalTime.of(9, 0), LocalTime.of(12, 0), 12);

		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));

		// --- the surgeon reviews the proposal from the cancer page and activates it with the chosen interval
		Browser.logIn(browser, port, surgeon);
		open("/cancers/" + s.cancerId(), By.id("surveillance-link"));
		browser.findElement(By.id("surveillance-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancer-plans")));
		assertKorean("the cancer's surveillance");
		browser.findElement(By.cssSelector("#cancer-plans a[href='/surveillance-plans/" + planId + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activate-form")));
		assertThat(text("plan-status")).isEqualTo("제안됨");
		assertThat(text("plan-stage")).contains("IIB");
		assertThat(text("plan-responsible")).contains("Test dermatologist", "피부과");
		assertThat(browser.findElements(By.cssSelector("#guideline-table tbody tr"))).hasSize(3);
		assertThat(browser.findElement(By.id("interval-0")).getDomProperty("value")).isEqualTo(String.valueOf(minMonths));
		assertKorean("the proposed surveillance plan");
		Browser.screenshot(browser, "followup-01-proposed");
		WebElement interval = browser.findElement(By.id("interval-0"));
		interval.clear();
		interval.sendKeys(String.valueOf(chosen));
		browser.findElement(By.id("activate-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-intervals")));
		assertThat(text("plan-status")).isEqualTo("진행 중");
		assertThat(text("plan-intervals")).contains(String.valueOf(chosen));
		WebElement first = browser.findElements(By.cssSelector("#plan-visits tbody tr[data-kind='visit']")).get(0);
		assertThat(first.getDomAttribute("data-status")).isEqualTo("booked");
		assertThat(first.getText()).contains(firstDue.toString(), "예약됨", "Test dermatologist");
		assertKorean("the active surveillance plan");
		Browser.screenshot(browser, "followup-02-activated");

		String active = read(surgeon, "/api/v1/surveillance-plans/" + planId);
		// the first clinic visit (imaging of the same day is listed beside it, ordered, not booked)
		String visitId = JsonPath.<List<String>>read(active, "$.visits[?(@.kind == 'visit')].id").get(0);
		UUID firstAppointment = UUID.fromString(
				JsonPath.<List<String>>read(active, "$.visits[?(@.kind == 'visit')].appointmentId").get(0));
		LocalDate dueTo = LocalDate.parse(JsonPath.<List<String>>read(active, "$.visits[?(@.kind == 'visit')].dueTo").get(0));
		// the rebooked day: a week later, inside the visit's window; the surgeon holds a session then too
		LocalDate rebookDay = firstDue.plusDays(7).isAfter(dueTo) ? dueTo : firstDue.plusDays(7);
		assertThat(rebookDay).isAfter(firstDue);
		schedule.open(surgeon, rebookDay, LocalTime.of(9, 0), LocalTime.of(12, 0), 12);

		// --- the visit day: the patient does not come; the nurse marks the no-show on the clinic list
		travelTo(firstDue, LocalTime.of(11, 30));
		logInAfresh(nurse);
		open("/clinics/" + surgeon + "?date=" + firstDue, By.cssSelector("#clinic-list .no-show-button"));
		assertThat(text("clinic-list")).contains(Clinic.HANGUL_NAME, "추적 관찰 방문");
		browser.findElement(By.cssSelector("#clinic-list .no-show-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clinic-list tr[data-status='no-show']")));
		assertThat(browser.findElements(By.cssSelector("#clinic-list .no-show-button"))).isEmpty();
		assertKorean("the clinic list after the no-show");
		Browser.screenshot(browser, "followup-03-no-show");

		// --- the recall list (from the menu) shows the visit missed; the nurse records the call
		WebElement item = awaitRecallItem(mrn, "kind-missed");
		assertThat(item.getText()).contains("미내원", Clinic.HANGUL_NAME, "Test dermatologist");
		assertKorean("the recall list with a missed visit");
		Browser.screenshot(browser, "followup-04-recall");
		String itemId = item.getDomAttribute("id");
		item.findElement(By.tagName("summary")).click();
		new Select(item.findElement(By.cssSelector("select[name=method]"))).selectByValue("called");
		item.findElement(By.cssSelector("input[name=outcome]")).sendKeys("다음 주 내원 약속");
		item.findElement(By.cssSelector("form.contact-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + itemId + " .last-contact")));
		WebElement logged = browser.findElement(By.id(itemId));
		assertThat(logged.findElement(By.cssSelector(".last-contact")).getText()).contains("전화함");
		assertThat(logged.getText()).contains("다음 주 내원 약속");
		assertKorean("the recall list after the call");
		Browser.screenshot(browser, "followup-05-called");

		// --- the nurse rebooks on the surgeon's clinic list a week later, by the patient's MRN
		open("/clinics/" + surgeon + "?date=" + rebookDay, By.id("book-form"));
		browser.findElement(By.id("book-mrn")).sendKeys(mrn);
		new Select(browser.findElement(By.id("book-kind"))).selectByValue("follow-up");
		browser.findElement(By.id("book-reason")).sendKeys("미내원 후 재예약");
		browser.findElement(By.id("book-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clinic-list")));
		assertThat(text("clinic-list")).contains(Clinic.HANGUL_NAME, "내원 예정");
		assertKorean("the clinic list with the rebooking");
		// the rebooking takes the visit off the recall list
		open("/recall", By.id("recall-count"));
		assertThat(browser.findElements(By.id(itemId))).isEmpty();
		// the plan follows the desk's rebooking of the missed visit by itself
		String rebooked = JsonPath.<List<String>>read(read(nurse, "/api/v1/clinics/" + surgeon + "/appointments?date="
				+ rebookDay), "$.appointments[?(@.patientId == '" + s.patientId() + "')].id").get(0);
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
			.until(() -> JsonPath.<List<String>>read(read(surgeon, "/api/v1/surveillance-plans/" + planId),
					"$.visits[?(@.id == '" + visitId + "')].appointmentId"), ids -> ids.contains(rebooked));
		assertThat(rebooked).isNotEqualTo(firstAppointment.toString());

		// --- the next visit: the nurse marks arrival
		travelTo(rebookDay, LocalTime.of(9, 5));
		logInAfresh(nurse);
		open("/clinics/" + surgeon + "?date=" + rebookDay, By.cssSelector("#clinic-list .arrive-button"));
		browser.findElement(By.cssSelector("#clinic-list .arrive-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clinic-list tr[data-status='arrived']")));
		assertKorean("the clinic list after arrival");

		// the surgeon opens the visit note from "My clinic", finds the scar changed: relapse suspected, signed
		logInAfresh(surgeon);
		browser.findElement(By.cssSelector("nav.menu a[href='/clinic']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clinic-list a.visit-note-link")));
		assertThat(text("clinic-list")).contains(Clinic.HANGUL_NAME, "도착 - 대기 중");
		browser.findElement(By.cssSelector("#clinic-list a.visit-note-link[href='/appointments/" + rebooked
				+ "/visit-note']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesion-form")));
		assertKorean("the visit note");
		browser.findElement(By.id("intervalHistory")).sendKeys("지난 예약에 오지 못함, 흉터 주변에 새로 만져지는 결절");
		WebElement review = browser.findElement(By.id("review-" + s.lesionId()));
		review.findElement(By.cssSelector("input[type=radio][value=changed]")).click();
		review.findElement(By.cssSelector("input[type=text]")).sendKeys("수술 흉터 가장자리의 흑색 결절");
		browser.findElement(By.cssSelector("input[name=assessment][value=relapse-suspected]")).click();
		new Select(browser.findElement(By.id("cancerId"))).selectByValue(s.cancerId().toString());
		WebElement original = browser.findElement(By.cssSelector("input[name=suspectedLesionIds][value='" + s.lesionId() + "']"));
		if (!original.isSelected()) {
			original.click();
		}
		browser.findElement(By.id("plan")).sendKeys("원발 병변 재생검, 종양 위원회 상정");
		browser.findElement(By.id("note-password")).sendKeys(Staff.PASSWORD);
		browser.findElement(By.id("sign-note")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
		assertThat(text("visit-status")).isEqualTo("서명 완료");
		assertThat(text("assessment-shown")).isEqualTo("재발 의심");
		// the whole signed note rendered (the plan comes after the suspected lesions)
		assertThat(browser.findElements(By.id("h-plan"))).hasSize(1);
		assertKorean("the signed visit note");
		Browser.screenshot(browser, "followup-06-relapse-suspected");

		// --- the relapse work-up, from the menu, offers the re-biopsy of the original lesion (purpose recurrence)
		WebElement workup = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.findElement(By.cssSelector("nav.menu a[href='/relapse-workups']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			return browser.findElements(By.cssSelector("#relapse-workups tbody tr"))
				.stream()
				.filter(r -> r.getText().contains(mrn) && r.getText().contains("재생검 처방 필요"))
				.findFirst()
				.orElse(null);
		}, row -> row != null);
		assertThat(workup.getText()).contains("원발 병변", "흑색종");
		assertKorean("the relapse work-ups");
		Browser.screenshot(browser, "followup-07-workup");
		workup.findElement(By.cssSelector("a.order-rebiopsy")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("purpose")));
		assertThat(new Select(browser.findElement(By.id("purpose"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("RECURRENCE");
		assertThat(browser.getCurrentUrl()).contains("/lesions/" + s.lesionId() + "/biopsies/new");

		// the re-biopsy through the specimen loop and its malignant report, by the API
		BiopsyFlow.Ordered rebiopsy = biopsies.received(surgeon, s.nurse(), s.pathologist(), s.patientId(), s.lesionId(),
				"recurrence");
		biopsies.signed(s.pathologist(), rebiopsy.specimenId(), PathologyFlow.melanoma("2.5"));

		// --- the tumor board's proposals list: the case proposed again because of the recurrence.
		// the re-biopsy's own restaging usually proposes the case first ("restaged"); the staging at
		// recurrence then makes the waiting case's reason the recurrence
		String proposals;
		try {
			proposals = Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
				.until(() -> read(listed.nurse(), "/api/v1/tumor-board/proposals"),
						json -> JsonPath.<List<String>>read(json, "$[?(@.cancerId == '" + s.cancerId() + "')].reason")
							.contains("recurrence"));
		}
		catch (org.awaitility.core.ConditionTimeoutException notProposed) {
			throw new AssertionError("no recurrence proposal; recurrences: "
					+ read(surgeon, "/api/v1/cancers/" + s.cancerId() + "/recurrences") + "; cancer history: "
					+ JsonPath.read(read(surgeon, "/api/v1/cancers/" + s.cancerId()), "$.history[*].occasion")
					+ "; proposals: " + read(listed.nurse(), "/api/v1/tumor-board/proposals"), notProposed);
		}
		String caseId = JsonPath.<List<String>>read(proposals, "$[?(@.cancerId == '" + s.cancerId() + "')].id").get(0);
		logInAfresh(listed.nurse());
		open("/tumor-board", By.id("proposals"));
		WebElement proposal = browser.findElement(By.id("proposal-" + caseId));
		assertThat(proposal.getText()).contains(Clinic.HANGUL_NAME);
		assertThat(proposal.findElement(By.cssSelector(".reason")).getText()).isEqualTo("재발");
		assertKorean("the tumor board with the recurrence proposal");
		Browser.screenshot(browser, "followup-08-board");

		// --- the surveillance plan shows suspended until a new treatment plan
		Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
			.until(() -> "suspended".equals(JsonPath.read(read(surgeon, "/api/v1/surveillance-plans/" + planId), "$.status")));
		logInAfresh(surgeon);
		open("/surveillance-plans/" + planId, By.id("plan-status"));
		assertThat(text("plan-status")).isEqualTo("중지됨");
		assertThat(browser.findElements(By.id("plan-suspended"))).hasSize(1);
		assertKorean("the suspended surveillance plan");
		Browser.screenshot(browser, "followup-09-suspended");
	}

	String awaitPlan(String user, UUID cancerId, String status) {
		return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
			List<String> ids = JsonPath.read(read(user, "/api/v1/cancers/" + cancerId + "/surveillance-plans"),
					"$[?(@.status == '" + status + "')].id");
			return ids.isEmpty() ? null : ids.get(ids.size() - 1);
		}, id -> id != null);
	}

	/** The recall list from the menu, until the patient's line of this kind is on it (the list follows events). */
	WebElement awaitRecallItem(String mrn, String kindClass) {
		return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.findElement(By.cssSelector("nav.menu a[href='/recall']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recall-count")));
			return browser.findElements(By.cssSelector("#recall-list li.recall-item." + kindClass))
				.stream()
				.filter(li -> li.getText().contains(mrn))
				.findFirst()
				.orElse(null);
		}, found -> found != null);
	}

	void travelTo(LocalDate day, LocalTime time) {
		clock.travelTo(day.atTime(time).atZone(clock.getZone()).toInstant());
	}

	/** A fresh login at the clock's new time (a session started months before would have expired). */
	void logInAfresh(String user) {
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, user);
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	String read(String user, String path) throws Exception {
		return mvc.perform(get(path).with(login.as(user)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String call(String user, String path, String body, int expected) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}
}
