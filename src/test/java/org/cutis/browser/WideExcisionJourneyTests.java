package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.BoardFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, surgery, in a real browser (Korean): a staged melanoma of 0.8 mm gets the proposed 1 cm
 * margin with its explanation on the excision form; a narrower margin asks for its reason; the
 * excision is recorded, its re-excision specimen goes through the laboratory and is signed out, and
 * the histological margins appear on the excision page, which is then done. A topical field therapy
 * with bad input names its fields. The pages fit a phone. And the melanoma journey whole: from
 * the board's signed recommendation to the plan, a further item added on the plan page, the wide
 * excision with the proposed 1 cm margin, adjuvant nivolumab, and the completed plan's summary.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WideExcisionJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	PatientDirectory patients;
	@Autowired
	BoardFlow boardFlow;
	@Autowired
	Staff staff;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterAll
	void closeBrowser() {
		browser.quit();
	}

	void go(String path) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	void submit(String id, String urlPart) {
		browser.findElement(By.id(id)).click();
		wait.until(ExpectedConditions.urlContains(urlPart));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	/** Nothing sticks out sideways at the phone's width. */
	void fitsAPhone(String name) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			browser.navigate().refresh();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			Browser.screenshot(browser, "surgery-phone-" + name);
			Number overflow = (Number) browser
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow.intValue()).as(name + " scrolls sideways at 390 px").isLessThanOrEqualTo(1);
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void aMelanomaIsExcisedWithTheProposedMarginAndItsMarginsComeBackFromPathology() throws Exception {
		Signed s = cancers.melanoma("0.8", false);
		Browser.logIn(browser, port, s.dermatologist());
		go("/cancers/" + s.cancerId());
		submit("record-excision", "/excisions/new");

		assertThat(text("proposed-margin")).contains("1 cm");
		assertThat(text("proposal-explanation")).contains("Breslow 두께 1.0 mm 이하");
		assertThat(browser.findElement(By.id("plannedMargin")).getAttribute("value")).isEqualTo("1");
		assertThat(new Select(browser.findElement(By.id("marginUnit"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("cm");
		fitsAPhone("excision-form");
		Browser.screenshot(browser, "surgery-01-excision-form");

		// 5 mm is narrower than the proposed 1 cm: the form asks for the reason, beside its field
		type("plannedMargin", "5");
		new Select(browser.findElement(By.id("marginUnit"))).selectByValue("mm");
		submit("submit-excision", "/excisions");
		assertThat(text("narrowerReason-error")).contains("사유").contains("1 cm");
		assertThat(text("proposed-margin")).contains("1 cm");

		type("plannedMargin", "1");
		new Select(browser.findElement(By.id("marginUnit"))).selectByValue("cm");
		submit("submit-excision", "?recorded");
		assertThat(text("excision-status")).isEqualTo("병리 판독 대기");
		assertThat(text("planned-margin")).isEqualTo("1 cm");
		assertThat(text("margins-awaiting")).isNotBlank();
		String excisionUrl = browser.getCurrentUrl().replaceFirst("\\?.*$", "");
		String specimen = browser.findElement(By.id("specimen-link")).getAttribute("href").replaceFirst(".*/specimens/", "");
		String accession = text("specimen-link");
		Browser.screenshot(browser, "surgery-02-excision-awaiting-pathology");

		// the re-excision specimen through the laboratory: collected, sent, received, reported and signed
		String mrn = patients.find(s.patientId()).orElseThrow().mrn();
		flow.step(s.nurse(), specimen, "{\"type\": \"collect\"}");
		flow.step(s.nurse(), specimen, "{\"type\": \"send\"}");
		flow.step(s.pathologist(), specimen, """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(accession, mrn));
		flow.signed(s.pathologist(), specimen, """
				{"diagnosis": "melanoma-in-situ", "peripheralMarginInvolved": false, "peripheralMarginMm": 9,
				 "deepMarginInvolved": false, "deepMarginMm": 4}
				""");

		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.get(excisionUrl);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			return text("excision-status").equals("완료");
		});
		assertThat(text("margins-verdict")).isEqualTo("절제연 음성.");
		assertThat(text("margin-peripheral")).isEqualTo("음성 · 9 mm");
		assertThat(text("margin-deep")).isEqualTo("음성 · 4 mm");
		assertThat(browser.findElements(By.id("margins-awaiting"))).isEmpty();
		Browser.screenshot(browser, "surgery-03-excision-done-with-margins");
		fitsAPhone("excision-done");

		// the lesion's lineage tells the story
		go("/lesions/" + s.lesionId());
		assertThat(browser.findElement(By.id("lineage")).getText()).contains("절제").contains("절제연 음성");
	}

	@Test
	void aTopicalFieldTherapyWithBadInputNamesItsFields() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		Browser.logIn(browser, port, s.dermatologist());
		go("/lesions/" + s.lesionId());
		submit("record-procedure", "/procedures/new");
		new Select(browser.findElement(By.id("kind"))).selectByValue("topical-field-therapy");
		new Select(browser.findElement(By.id("agent"))).selectByValue("fluorouracil");
		type("areaCm2", "-5");
		type("weeks", "20");
		submit("submit-procedure", "/procedures");
		assertThat(text("areaCm2-error")).contains("면적");
		assertThat(text("weeks-error")).contains("1주에서 6주");
		fitsAPhone("procedure-form-errors");

		type("areaCm2", "25");
		type("weeks", "3");
		submit("submit-procedure", "?recorded");
		assertThat(text("agent")).isEqualTo("5-플루오로우라실 크림");
		assertThat(text("area")).isEqualTo("25 cm²");
		Browser.screenshot(browser, "surgery-04-field-therapy");
	}

	@Test
	void aMelanomaFromTheBoardsRecommendationToAWideExcisionAndAdjuvantNivolumab() throws Exception {
		// a melanoma of 0.9 mm (T1b), discussed by the board, which signs excision and adjuvant nivolumab
		Signed s = cancers.melanoma("0.9", false);
		BoardFlow.Listed listed = boardFlow.listed(s);
		try {
			boardFlow.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"1 cm\"}",
					"{\"type\": \"systemic-therapy\", \"detail\": \"immunotherapy\"}"));
			String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
			melanomaJourney(s, listed, oncologist);
		}
		finally {
			clock.reset();
		}
	}

	private void melanomaJourney(Signed s, BoardFlow.Listed listed, String oncologist) throws Exception {
		// the dermatologist makes the plan from the signed recommendation, on the cancer's page
		Browser.logIn(browser, port, s.dermatologist());
		go("/cancers/" + s.cancerId());
		browser.findElement(By.id("treatment-plan-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("from-board-" + listed.caseId())));
		browser.findElement(By.id("from-board-" + listed.caseId())).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-items")));
		String planUrl = browser.getCurrentUrl().replaceFirst("[#?].*$", "");
		String planId = planUrl.replaceFirst(".*/treatment-plans/", "");
		assertThat(text("plan-intent")).isEqualTo("완치 목적");
		assertThat(text("plan-items")).contains("광범위 국소 절제").contains("전신 치료").contains("예정");
		String excisionItem = item(planId, "WIDE_LOCAL_EXCISION");
		String systemicItem = item(planId, "SYSTEMIC_THERAPY");

		// a further item from the plan page: a sentinel node biopsy to offer (T1b). Nothing chosen, then an
		// oncologist for a dermatology item: each refusal beside its field, in Korean
		assertThat(browser.findElement(By.id("add-item-form")).isDisplayed()).isTrue();
		post("add-item-submit");
		assertThat(text("add-type-error")).isNotBlank();
		new Select(browser.findElement(By.id("add-type"))).selectByValue("slnb");
		new Select(browser.findElement(By.id("add-department"))).selectByValue("dermatology");
		Select responsible = new Select(browser.findElement(By.id("add-responsible")));
		assertThat(responsible.getOptions()).allSatisfy(o -> assertThat(o.getDomAttribute("translate")).isIn(null, "no"));
		responsible.selectByValue(oncologist);
		assertThat(responsible.getFirstSelectedOption().getText()).contains("혈액종양내과");
		post("add-item-submit");
		assertThat(text("add-responsible-error")).isEqualTo("이 사람은 피부과 소속이 아닙니다.");
		assertThat(new Select(browser.findElement(By.id("add-type"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("slnb");
		Browser.screenshot(browser, "melanoma-01-add-item-refused");
		assertKorean("plan with the add-item form");
		new Select(browser.findElement(By.id("add-responsible"))).selectByValue(s.dermatologist());
		post("add-item-submit");
		String slnbItem = item(planId, "SLNB");
		assertThat(browser.findElement(By.id("item-" + slnbItem)).getText()).contains("감시림프절 생검").contains("예정")
			.contains("피부과");
		assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();

		// the wide local excision: the rules propose 1 cm for a Breslow thickness up to 1 mm
		go("/cancers/" + s.cancerId());
		submit("record-excision", "/excisions/new");
		assertThat(text("proposed-margin")).endsWith(" 1 cm");
		assertThat(browser.findElement(By.id("plannedMargin")).getAttribute("value")).isEqualTo("1");
		assertThat(new Select(browser.findElement(By.id("marginUnit"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("cm");
		submit("submit-excision", "?recorded");
		assertThat(text("planned-margin")).isEqualTo("1 cm");
		String specimen = browser.findElement(By.id("specimen-link")).getAttribute("href").replaceFirst(".*/specimens/", "");
		String accession = text("specimen-link");
		awaitItem(planUrl, excisionItem, "진행 중");

		// the re-excision specimen through the laboratory; its clear margins finish the excision
		String mrn = patients.find(s.patientId()).orElseThrow().mrn();
		flow.step(s.nurse(), specimen, "{\"type\": \"collect\"}");
		flow.step(s.nurse(), specimen, "{\"type\": \"send\"}");
		flow.step(s.pathologist(), specimen, """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(accession, mrn));
		flow.signed(s.pathologist(), specimen, """
				{"diagnosis": "melanoma-in-situ", "peripheralMarginInvolved": false, "peripheralMarginMm": 10,
				 "deepMarginInvolved": false, "deepMarginMm": 5}
				""");
		awaitItem(planUrl, excisionItem, "완료");

		// the patient declines the sentinel node biopsy: the dermatologist cancels it with the reason
		new Select(browser.findElement(By.id("status-" + slnbItem))).selectByValue("cancelled");
		type("reason-" + slnbItem, "환자가 생검을 원하지 않음");
		browser.findElement(By.id("save-" + slnbItem)).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#item-" + slnbItem + " .item-status"), "취소"));
		assertThat(browser.findElement(By.id("item-" + slnbItem)).getText()).contains("환자가 생검을 원하지 않음");
		assertThat(browser.findElements(By.id("status-form-" + systemicItem))).as("oncology's item").isEmpty();
		Browser.screenshot(browser, "melanoma-02-plan-excision-done");
		browser.findElement(By.cssSelector(".user button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		// the oncologist starts adjuvant nivolumab from the cancer's courses
		LocalDate start = LocalDate.now(clock);
		Browser.logIn(browser, port, oncologist);
		go("/cancers/" + s.cancerId() + "/oncology");
		new Select(browser.findElement(By.id("regimen"))).selectByValue("nivolumab");
		new Select(browser.findElement(By.id("setting"))).selectByValue("adjuvant");
		type("line", "1");
		type("heightCm", "172");
		type("weightKg", "68.5");
		date("startDate", start);
		browser.findElement(By.id("start-course-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course-bsa")));
		assertThat(text("regimen-name")).isEqualTo("Nivolumab");
		assertThat(text("course-setting")).isEqualTo("수술 후 보조요법");
		String courseUrl = browser.getCurrentUrl().replaceFirst("[#?].*$", "");
		awaitItem(planUrl, systemicItem, "진행 중");
		assertThat(text("plan-status")).isEqualTo("진행 중");

		// cycle 1 on the first day; a year later the course is completed
		go(courseUrl.replaceFirst("^https?://[^/]+", ""));
		type("cycle-number", "1");
		date("cycle-date", start);
		browser.findElement(By.id("record-cycle")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-1")));
		clock.travelTo(listed.meetingAt().plus(Duration.ofDays(365)));
		go(courseUrl.replaceFirst("^https?://[^/]+", ""));
		date("end-date", LocalDate.now(clock));
		new Select(browser.findElement(By.id("end-reason"))).selectByValue("completed");
		browser.findElement(By.id("end-course")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("end-course")));

		// every item done or cancelled: the plan completes and its summary lists what was given, by whom
		awaitItem(planUrl, systemicItem, "완료");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(text("plan-status")).contains("완료");
		assertThat(text("timing-first")).isEqualTo(start.toString());
		assertThat(text("days-board")).isEqualTo("0일");
		String recorded = text("summary-recorded");
		assertThat(recorded).contains("광범위 국소 절제").contains("1 cm").contains("전신 치료").contains("Nivolumab");
		assertThat(text("summary-responsible")).contains("피부과").contains("혈액종양내과");
		assertThat(text("summary-diagnosis")).contains("흑색종");
		assertThat(text("plan-items")).doesNotContain("예정");
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("summary")));
		Browser.screenshot(browser, "melanoma-03-treatment-summary");
		assertKorean("completed plan with its summary");
	}

	/** The plan's page until the item shows the status (the plan follows the treating modules after their commit). */
	void awaitItem(String planUrl, String itemId, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.get(planUrl);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-items")));
			return browser.findElement(By.cssSelector("#item-" + itemId + " .item-status")).getText().equals(status);
		});
	}

	/** Submits with the button and waits for the next page (its address may stay the same). */
	void post(String buttonId) {
		WebElement button = browser.findElement(By.id(buttonId));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	/** No English sentence on the page (quotations marked translate="no" aside), as LanguageJourneyTests checks. */
	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}

	String item(String planId, String type) {
		return jdbc.queryForObject("select id::text from treatment_plan_item where plan_id = ?::uuid and type = ?",
				String.class, planId, type);
	}

	void date(String id, LocalDate value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
	}
}
