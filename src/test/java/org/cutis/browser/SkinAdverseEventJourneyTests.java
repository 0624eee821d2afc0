package org.cutis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.Sex;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Registrations;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chemotherapy skin-care clinic's dermatologist, on the Korean pages, records the acneiform rash
 * of a patient on cetuximab: 40 % of the body surface with severe symptoms, proposed grade 3 with
 * the CTCAE definition, confirmed, with a photo; at the next visit it has improved to grade 1 and
 * the page draws the grade line (ECharts) beside the cetuximab cycles.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkinAdverseEventJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	MockMvc mvc;
	@Autowired
	SignedCancers signedCancers;
	@Autowired
	TestClock clock;
	@Autowired
	Registrations registrations;

	ChromeDriver browser;
	WebDriverWait wait;
	SignedCancers.Signed cancer;
	String dermatologist;
	LocalDate today;

	@BeforeAll
	void aPatientOnCetuximab() throws Exception {
		today = LocalDate.now(clock);
		cancer = signedCancers.melanoma("2.5", true);
		dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		// cetuximab is not a regimen of the catalogue: a free entry, with two cycles
		String course = JsonPath.read(mvc.perform(post("/api/v1/systemic-courses").with(login.as(oncologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"cancerId": "%s", "regimen": "Cetuximab", "setting": "metastatic", "line": 1, "heightCm": 170,
					 "weightKg": 65, "startDate": "%s"}
					""".formatted(cancer.cancerId(), today.minusDays(28))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		for (int n = 1; n <= 2; n++) {
			mvc.perform(post("/api/v1/systemic-courses/" + course + "/cycles").with(login.as(oncologist))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\": %d, \"date\": \"%s\"}".formatted(n, today.minusDays(28 - 14L * (n - 1)))))
				.andExpect(status().isCreated());
		}
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		Browser.logIn(browser, port, dermatologist);
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void anAcneiformRashGrade3WithAPhotoImprovesToGrade1AndTheChartDrawsTheGradeLine() throws Exception {
		// the first visit was two weeks ago, after cycle 2 (the clock back to that day)
		LocalDate firstVisit = today.minusDays(14);
		clock.travelTo(firstVisit.atTime(11, 0).atZone(clock.getZone()).toInstant());
		try {
			recordGrade3();
		}
		finally {
			clock.reset();
		}
		String eventPath = new java.net.URI(browser.getCurrentUrl()).getPath();

		// today's visit: 5 % with mild symptoms proposes grade 1, confirmed
		open(eventPath, By.id("ae-assessment-form"));
		date("ae-assessment-date", today);
		browser.findElement(By.id("followup-bsaPercent")).sendKeys("5");
		new Select(browser.findElement(By.id("followup-symptoms"))).selectByValue("mild");
		browser.findElement(By.id("ae-assess")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ae-grade"), "1등급 제안"));
		browser.findElement(By.id("ae-confirm")).click();
		wait.until(ExpectedConditions.textToBe(By.id("ae-grade"), "1등급"));
		assertThat(browser.findElements(By.cssSelector("#ae-history tbody tr"))).hasSize(2);

		// the grade line: ECharts has drawn its canvas
		wait.until(ExpectedConditions.attributeToBe(By.id("ae-grade-chart"), "data-drawn", "true"));
		assertThat(browser.findElements(By.cssSelector("#ae-grade-chart canvas"))).isNotEmpty();
		Browser.screenshot(browser, "skin-ae-02-grade-line");
		fitsAPhone(eventPath, "ae-history");

		// the patient's list: the event with its grade, the chart with the cetuximab cycles
		open("/patients/" + cancer.patientId() + "/adverse-events", By.id("ae-table"));
		assertThat(browser.findElement(By.id("ae-table")).getText()).contains("여드름양 발진", "1등급");
		wait.until(ExpectedConditions.attributeToBe(By.id("ae-grade-chart"), "data-drawn", "true"));
		String chart = browser.findElement(By.id("ae-grade-chart")).getDomAttribute("data-chart");
		assertThat(chart).contains("1주기", "2주기", "여드름양 발진");
		assertKorean("adverse events");
	}

	/** From the chart to the patient's skin adverse events, the term picker, the form, the proposal, confirmed. */
	void recordGrade3() throws Exception {
		recordGrade3(cancer.patientId().toString());
	}

	void recordGrade3(String patientId) throws Exception {
		recordGrade3(patientId, null);
	}

	/** From the chart, or (referralPath given) from the accepted referral the event answers. */
	void recordGrade3(String patientId, String referralPath) throws Exception {
		if (referralPath == null) {
			open("/patients/" + patientId, By.id("chart-adverse-events"));
			browser.findElement(By.id("chart-adverse-events")).click();
		}
		else {
			open(referralPath, By.cssSelector("#record-adverse-event a"));
			browser.findElement(By.cssSelector("#record-adverse-event a")).click();
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ae-term")));
		assertThat(browser.findElements(By.id("ae-from-referral"))).hasSize(referralPath == null ? 0 : 1);
		assertThat(browser.findElement(By.id("ae-none")).getText()).isEqualTo("기록된 피부 이상반응이 없습니다.");
		// the term search finds it by part of its Korean name
		WebElement typed = browser.findElement(By.id("ae-term-q"));
		typed.sendKeys("여드름");
		browser.findElement(By.id("ae-term-find")).click();
		// the form loads a new page: wait for the old one to go (its field already held the word), then the new
		wait.until(ExpectedConditions.stalenessOf(typed));
		wait.until(ExpectedConditions.attributeToBe(By.id("ae-term-q"), "value", "여드름"));
		assertThat(new Select(browser.findElement(By.id("ae-term"))).getOptions()).extracting(o -> o.getText())
			.contains("여드름양 발진")
			.doesNotContain("탈모");
		new Select(browser.findElement(By.id("ae-term"))).selectByVisibleText("여드름양 발진");
		browser.findElement(By.id("ae-term-next")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ae-form")));
		assertKorean("record form");

		// only the findings acneiform rash reads: no hair loss, no desquamation
		assertThat(browser.findElements(By.id("ae-bsaPercent"))).hasSize(1);
		assertThat(browser.findElements(By.id("ae-superinfection"))).hasSize(1);
		assertThat(browser.findElements(By.id("ae-hairLossPercent"))).isEmpty();
		assertThat(browser.findElements(By.id("ae-desquamation"))).isEmpty();

		browser.findElement(By.id("ae-bsaPercent")).sendKeys("40");
		new Select(browser.findElement(By.id("ae-symptoms"))).selectByValue("severe");
		date("ae-onset", LocalDate.now(clock).minusDays(5));
		Select drug = new Select(browser.findElement(By.id("ae-drug0")));
		drug.selectByVisibleText("세툭시맙");
		new Select(browser.findElement(By.id("ae-attribution0"))).selectByVisibleText("가능성 높음");
		Path photo = Files.createTempFile("acneiform-rash", ".png");
		Files.write(photo, Clinic.image("png", 160, 120));
		browser.findElement(By.id("ae-photo")).sendKeys(photo.toString());
		browser.findElement(By.id("ae-save")).click();

		// the proposal: grade 3 with the CTCAE's own words, then confirmed
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ae-proposed")));
		assertThat(browser.findElement(By.id("ae-proposed")).getText()).contains("3등급");
		assertThat(browser.findElement(By.id("ae-definition")).getText())
			.contains(">30% BSA with moderate or severe symptoms");
		assertThat(browser.findElement(By.id("ae-grade")).getText()).isEqualTo("3등급 제안, 확인 전");
		assertThat(browser.findElement(By.id("ae-drugs")).getText()).contains("세툭시맙", "가능성 높음");
		assertThat(browser.findElements(By.cssSelector("#ae-photos img"))).hasSize(1);
		browser.findElement(By.id("ae-confirm")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ae-confirmed")));
		assertThat(browser.findElement(By.id("ae-grade")).getText()).isEqualTo("3등급");
		assertKorean("adverse event");
		Browser.screenshot(browser, "skin-ae-01-grade-3");
	}

	/**
	 * Passes once the rule oncoderm.advice (branch oncoderm-rules) is merged: grade 3 acneiform rash
	 * on an EGFR inhibitor → hold until grade 2 or less, oral doxycycline.
	 */
	@Test
	@Order(2)
	void adviceForGrade3AcneiformRashOnCetuximabOnceOncodermAdviceIsMerged() throws Exception {
		String id = JsonPath.read(mvc.perform(post("/api/v1/patients/" + cancer.patientId() + "/adverse-events")
			.with(login.as(dermatologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"term": "Rash acneiform", "findings": {"bsaPercent": 40, "symptoms": "severe"}, "onsetDate": "%s",
					 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
					""".formatted(today.minusDays(3))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		open("/adverse-events/" + id, By.id("advice"));
		assertThat(browser.findElement(By.id("ae-advice-action")).getText()).isEqualTo("2등급 이하가 될 때까지 중단");
		assertThat(browser.findElement(By.id("ae-advice-treatment")).getText()).contains("경구 독시사이클린");
		assertThat(browser.findElement(By.id("ae-advice-source")).getText()).contains("ESMO");
		assertKorean("adverse event with advice");
	}

	/**
	 * Issue 12's whole cetuximab journey, in Korean, every step through the pages: a clerk refers a patient
	 * on cetuximab (from the drug catalogue, the treating oncologist chosen among the staff) for a skin
	 * problem during cancer treatment; the nurse accepts it for the dermatologist; the dermatologist grades
	 * the acneiform rash 3 with a photo, reads "hold until grade 2 or less, oral doxycycline" and sends the
	 * urgent "hold" to the oncologist, who finds it first on the worklist and answers "held"; at the next
	 * visit the rash is grade 1 and the page draws the grade line.
	 */
	@Test
	@Order(3)
	void aCetuximabPatientReferredWithAnAcneiformRashFromIntakeToHoldHeldAndGrade1() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		// stands in for demo-onc, the treating oncologist
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String patientName = "세툭" + (char) (0xAC00 + (int) (Math.random() * 2000)) + (char) (0xAC00 + (int) (Math.random() * 2000));
		String patientId = registrations.register(patientName, Sex.MALE, LocalDate.parse("1961-03-14"));

		// the first visit two weeks ago: intake, triage, grade 3, advice and its answer (the clock back to that day)
		LocalDate firstVisit = today.minusDays(14);
		clock.travelTo(firstVisit.atTime(9, 0).atZone(clock.getZone()).toInstant());
		String eventPath;
		try {
			// the clerk refers from the chart: cetuximab from the catalogue, the oncologist as a staff account
			logInAs(clerk);
			open("/patients/" + patientId, By.cssSelector("a[href='/patients/" + patientId + "/referrals/new']"));
			browser.findElement(By.cssSelector("a[href='/patients/" + patientId + "/referrals/new']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drugs")));
			assertKorean("referral intake");
			browser.findElement(By.cssSelector("input[name=sourceKind][value=INTERNAL]")).click();
			new Select(browser.findElement(By.id("sourceDepartment"))).selectByValue("hematology-oncology");
			browser.findElement(By.cssSelector("input[name=reason][value=SKIN_PROBLEM_DURING_CANCER_TREATMENT]")).click();
			Select drugs = new Select(browser.findElement(By.id("drugs")));
			drugs.selectByVisibleText("세툭시맙 · EGFR 억제제");
			new Select(browser.findElement(By.id("oncologist"))).selectByValue(oncologist);
			browser.findElement(By.id("note")).sendKeys("세툭시맙 2주기 후 얼굴과 몸통의 여드름양 발진, 가려움과 통증");
			browser.findElement(By.cssSelector("#main form button[type=submit]")).click();
			wait.until(ExpectedConditions.urlContains("/patients/" + patientId));
			assertKorean("chart after the referral");

			// the nurse triages it from the worklist and accepts it for the dermatologist
			logInAs(nurse);
			open("/referrals", By.cssSelector("table.worklist"));
			WebElement row = browser.findElements(By.cssSelector("table.worklist tbody tr"))
				.stream()
				.filter(r -> r.getText().contains(patientName))
				.findFirst()
				.orElseThrow();
			assertThat(row.getText()).contains("항암 치료 중 피부 문제");
			assertKorean("triage worklist");
			row.findElement(By.cssSelector("a")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-drugs")));
			String referralPath = new java.net.URI(browser.getCurrentUrl()).getPath();
			assertThat(browser.findElement(By.id("referral-drugs")).getText()).contains("세툭시맙", "EGFR 억제제")
				.doesNotContain("Cetuximab");
			assertThat(browser.findElement(By.id("referral-oncologist")).getText()).contains("Test oncologist")
				.doesNotContain(oncologist);
			assertKorean("referral");
			new Select(browser.findElement(By.id("dermatologist"))).selectByValue(dermatologist);
			browser.findElement(By.cssSelector("form[action$='/accept'] button[type=submit]")).click();
			wait.until(ExpectedConditions.urlMatches("/referrals$"));
			open(referralPath, By.id("referral-drugs"));
			assertThat(browser.findElement(By.id("main")).getText()).contains("수락");
			assertThat(browser.findElements(By.cssSelector("form[action$='/accept']"))).isEmpty();

			// the dermatologist: the rash from the referral, 40 % with severe symptoms, grade 3 confirmed, a photo
			logInAs(dermatologist);
			recordGrade3(patientId, referralPath);
			eventPath = new java.net.URI(browser.getCurrentUrl()).getPath();
			assertThat(browser.findElement(By.id("ae-advice-action")).getText()).isEqualTo("2등급 이하가 될 때까지 중단");
			assertThat(browser.findElement(By.id("ae-advice-treatment")).getText()).contains("경구 독시사이클린");
			assertThat(browser.findElement(By.id("ae-advice-source")).getText()).contains("ESMO");

			// the urgent "hold" to the treating oncologist
			new Select(browser.findElement(By.id("advice-action"))).selectByValue("hold");
			new Select(browser.findElement(By.id("advice-oncologist"))).selectByValue(oncologist);
			browser.findElement(By.id("advice-note")).sendKeys("2등급 이하가 될 때까지 세툭시맙 중단, 독시사이클린 복용 시작");
			browser.findElement(By.id("advice-send")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oncology-advice-list")));
			assertThat(browser.findElement(By.id("oncology-advice-list")).getText()).contains("항암제 중단 후 호전 시 재개",
					"3등급", "긴급", "답변 대기");
			assertKorean("adverse event with its recommendation");
			Browser.screenshot(browser, "cetuximab-01-hold-sent");

			// the oncologist: first on the worklist, urgent; answers "held"
			logInAs(oncologist);
			browser.findElement(By.cssSelector("nav.menu a[href='/oncology-recommendations']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oncology-recommendations")));
			List<WebElement> recommendations = browser.findElements(By.cssSelector("#oncology-recommendations tbody tr"));
			assertThat(recommendations.get(0).getText()).contains("긴급", patientName, "여드름양 발진, 3등급",
					"항암제 중단 후 호전 시 재개");
			assertKorean("oncologist's worklist");
			Browser.screenshot(browser, "cetuximab-02-oncologist-worklist");
			recommendations.get(0).findElement(By.tagName("a")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledge-form")));
			assertThat(browser.findElements(By.cssSelector("#photos img"))).hasSize(1);
			assertKorean("recommendation");
			new Select(browser.findElement(By.id("outcome-choice"))).selectByValue("held");
			browser.findElement(By.id("acknowledge-button")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
			assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("답변함");
			assertThat(browser.findElement(By.id("outcome")).getText()).contains("중단함");
			assertKorean("answered recommendation");
			// the referral is answered: the skin-care clinic's reply on the oncologist's referral
			open(referralPath, By.id("skin-care-reply"));
			assertThat(browser.findElement(By.id("skin-care-reply")).getText()).contains("여드름양 발진", "중단함");
			assertKorean("referral with the skin-care clinic's reply");

			// the dermatologist sees the answer
			logInAs(dermatologist);
			open(eventPath, By.id("oncology-advice-list"));
			assertThat(browser.findElement(By.id("oncology-advice-list")).getText()).contains("중단함");
			open("/patients/" + patientId, By.id("main"));
			assertThat(browser.findElement(By.id("main")).getText()).contains("긴급 종양내과 권고", "종양내과 답변: 중단함");
			assertKorean("chart with the oncologist's answer");
		}
		finally {
			clock.reset();
		}

		// today's visit: 5 % with mild symptoms proposes grade 1, confirmed; the grade line is drawn
		open(eventPath, By.id("ae-assessment-form"));
		date("ae-assessment-date", today);
		browser.findElement(By.id("followup-bsaPercent")).sendKeys("5");
		new Select(browser.findElement(By.id("followup-symptoms"))).selectByValue("mild");
		browser.findElement(By.id("ae-assess")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ae-grade"), "1등급 제안"));
		browser.findElement(By.id("ae-confirm")).click();
		wait.until(ExpectedConditions.textToBe(By.id("ae-grade"), "1등급"));
		assertThat(browser.findElements(By.cssSelector("#ae-history tbody tr"))).hasSize(2);
		wait.until(ExpectedConditions.attributeToBe(By.id("ae-grade-chart"), "data-drawn", "true"));
		assertThat(browser.findElements(By.cssSelector("#ae-grade-chart canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("ae-grade-chart")).getDomAttribute("data-chart")).contains("여드름양 발진");
		assertKorean("adverse event at grade 1");
		Browser.screenshot(browser, "cetuximab-03-grade-line");
		open("/patients/" + patientId + "/adverse-events", By.id("ae-table"));
		assertThat(browser.findElement(By.id("ae-table")).getText()).contains("여드름양 발진", "1등급");
		wait.until(ExpectedConditions.attributeToBe(By.id("ae-grade-chart"), "data-drawn", "true"));
		assertKorean("patient's adverse events");
		// and the patient's chart itself shows the grade line
		open("/patients/" + patientId, By.id("chart-ae-grades"));
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#chart-ae-grades #ae-grade-chart"), "data-drawn",
				"true"));
		assertThat(browser.findElement(By.cssSelector("#chart-ae-grades #ae-grade-chart")).getDomAttribute("data-chart"))
			.contains("여드름양 발진");
		assertKorean("chart with the grade line");
	}

	void logInAs(String username) {
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, username);
	}

	void date(String id, LocalDate value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	/** No English sentence on the page (quotations marked translate="no" aside), as LanguageJourneyTests checks. */
	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}

	/** At 390 px the page does not scroll sideways (tables scroll inside their wrapper). */
	void fitsAPhone(String path, String ready) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			open(path, By.id(ready));
			Browser.screenshot(browser, "skin-ae-phone-" + ready);
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.longValue()).as("%s at 390 px", path).isLessThanOrEqualTo(390);
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
