package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.staging.CancerDirectory;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oncology departments record their courses on a staged melanoma, on the Korean pages: the
 * oncologist an adjuvant nivolumab course (a height of 3 m refused with its range, the body surface
 * area by Mosteller, two cycles and one hold), the radiation oncologist an adjuvant radiotherapy
 * course (a dose per fraction that does not match refused). The pages say that Cutis records and
 * does not order, have no English sentence, and fit a phone; the chart's timeline shows the course.
 */
@CutisTest
class OncologyCoursesJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers signedCancers;
	@Autowired
	CancerDirectory cancers;
	@Autowired
	TestClock clock;

	ChromeDriver browser;
	WebDriverWait wait;
	SignedCancers.Signed melanoma;
	String oncologist;
	String radiationOncologist;
	LocalDate today;

	@BeforeEach
	void stagedMelanoma() throws Exception {
		melanoma = signedCancers.melanoma("2.5", true);
		assertThat(cancers.find(melanoma.cancerId()).orElseThrow().stage()).isNotNull();
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		radiationOncologist = staff.create(Role.RADIATION_ONCOLOGIST, Department.RADIATION_ONCOLOGY);
		today = LocalDate.now(clock);
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAdjuvantNivolumabCourseWithTwoCyclesAndAHoldAndARadiotherapyCourse() {
		// the oncologist reaches the courses from the cancer page
		Browser.logIn(browser, port, oncologist);
		open("/cancers/" + melanoma.cancerId(), By.id("oncology-link"));
		browser.findElement(By.id("oncology-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-course")));
		assertThat(browser.findElement(By.id("not-ordering")).getText()).contains("처방 시스템이 아니며");
		assertThat(browser.findElements(By.id("record-radiotherapy"))).as("radiotherapy is radiation oncology's").isEmpty();

		// a height of 3 m is refused, with the range, in Korean
		new Select(browser.findElement(By.id("regimen"))).selectByValue("nivolumab");
		new Select(browser.findElement(By.id("setting"))).selectByValue("adjuvant");
		browser.findElement(By.id("line")).sendKeys("1");
		browser.findElement(By.id("heightCm")).sendKeys("300");
		browser.findElement(By.id("weightKg")).sendKeys("68.5");
		date("startDate", today.minusDays(42));
		browser.findElement(By.id("start-course-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("heightCm-error")));
		assertThat(browser.findElement(By.id("heightCm-error")).getText()).isEqualTo("키는 40~250 cm 사이여야 합니다.");
		assertThat(new Select(browser.findElement(By.id("regimen"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("nivolumab");
		browser.findElement(By.id("heightCm")).clear();
		browser.findElement(By.id("heightCm")).sendKeys("172");
		browser.findElement(By.id("start-course-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course-bsa")));
		assertThat(browser.findElement(By.id("course-bsa")).getText()).isEqualTo("1.81 ㎡");
		assertThat(browser.findElement(By.id("regimen-name")).getText()).isEqualTo("Nivolumab");
		assertThat(browser.findElement(By.id("regimen-name")).getDomAttribute("translate")).isEqualTo("no");
		assertThat(browser.findElement(By.id("course-setting")).getText()).isEqualTo("수술 후 보조요법");
		assertThat(browser.findElement(By.id("course-status")).getText()).isEqualTo("진행 중");

		// cycle 1 given; cycle 2 held for colitis; cycle 2 given at 80 % of the dose
		cycle(1, today.minusDays(42), false, null, null, null);
		cycle(2, today.minusDays(21), true, "2등급 대장염", null, null);
		// a wrong number is refused next to the field
		browser.findElement(By.id("cycle-number")).clear();
		browser.findElement(By.id("cycle-number")).sendKeys("3");
		date("cycle-date", today.minusDays(7));
		browser.findElement(By.id("record-cycle")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-number-error")));
		assertThat(browser.findElement(By.id("cycle-number-error")).getText()).contains("다음 주기는 2주기");
		cycle(2, today.minusDays(7), false, null, "80", "대장염 1등급으로 호전");
		List<WebElement> rows = browser.findElements(By.cssSelector("#cycle-table tbody tr"));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).getText()).contains("1", "전체 용량");
		assertThat(rows.get(1).getText()).contains("2", "보류", "2등급 대장염");
		assertThat(rows.get(2).getText()).contains("2", "80 %로 감량", "대장염 1등급으로 호전");
		assertKorean("systemic course");
		Browser.screenshot(browser, "oncology-01-nivolumab-course");
		fitsAPhone("/systemic-courses/" + courseId(), "cycle-table");
		logOut();

		// the radiation oncologist records the adjuvant radiotherapy course
		Browser.logIn(browser, port, radiationOncologist);
		open("/cancers/" + melanoma.cancerId() + "/oncology", By.id("record-radiotherapy"));
		assertThat(browser.findElements(By.id("start-course"))).as("systemic courses are hematology-oncology's").isEmpty();
		assertThat(browser.findElement(By.cssSelector("#systemic-courses tbody tr")).getText()).contains("Nivolumab", "보조요법");
		browser.findElement(By.id("rt-site")).sendKeys("왼쪽 겨드랑이");
		new Select(browser.findElement(By.id("rt-intent"))).selectByValue("adjuvant");
		new Select(browser.findElement(By.id("rt-technique"))).selectByValue("imrt");
		browser.findElement(By.id("rt-totalDoseGy")).sendKeys("48");
		browser.findElement(By.id("rt-fractions")).sendKeys("20");
		browser.findElement(By.id("rt-dosePerFractionGy")).sendKeys("2");
		date("rt-startDate", today.minusDays(35));
		date("rt-endDate", today.minusDays(7));
		browser.findElement(By.id("record-radiotherapy-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rt-dosePerFractionGy-error")));
		assertThat(browser.findElement(By.id("rt-dosePerFractionGy-error")).getText()).contains("2.40 Gy", "0.01 Gy");
		browser.findElement(By.id("rt-dosePerFractionGy")).clear();
		browser.findElement(By.id("rt-dosePerFractionGy")).sendKeys("2.4");
		browser.findElement(By.id("record-radiotherapy-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rt-facts")));
		assertThat(browser.findElement(By.id("rt-technique")).getText()).isEqualTo("세기조절 방사선치료(IMRT)");
		assertThat(browser.findElement(By.id("rt-total")).getText()).isEqualTo("48 Gy");
		assertThat(browser.findElement(By.id("rt-per-fraction")).getText()).isEqualTo("2.4 Gy");
		assertThat(browser.findElement(By.id("rt-end")).getText()).isEqualTo(today.minusDays(7).toString());
		assertKorean("radiotherapy course");
		Browser.screenshot(browser, "oncology-02-radiotherapy-course");

		// the chart's timeline shows both courses, in Korean, the drug name as written
		open("/patients/" + melanoma.patientId(), By.cssSelector("ol.timeline"));
		String timeline = browser.findElement(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("항암약물치료 Nivolumab 시작", "2주기 보류", "방사선치료 왼쪽 겨드랑이");
		open("/cancers/" + melanoma.cancerId() + "/oncology", By.id("radiotherapy-courses"));
		assertKorean("the cancer's courses");
		fitsAPhone("/cancers/" + melanoma.cancerId() + "/oncology", "radiotherapy-courses");
	}

	String courseId() {
		return browser.getCurrentUrl().replaceAll(".*/systemic-courses/([0-9a-f-]{36}).*", "$1");
	}

	void cycle(int number, LocalDate on, boolean held, String holdReason, String dosePercent, String reductionReason) {
		browser.findElement(By.id("cycle-number")).clear();
		browser.findElement(By.id("cycle-number")).sendKeys(String.valueOf(number));
		date("cycle-date", on);
		if (held) {
			browser.findElement(By.id("cycle-held")).click();
			browser.findElement(By.id("cycle-holdReason")).sendKeys(holdReason);
		}
		if (dosePercent != null) {
			browser.findElement(By.id("cycle-dosePercent")).sendKeys(dosePercent);
			browser.findElement(By.id("cycle-doseReductionReason")).sendKeys(reductionReason);
		}
		int before = browser.findElements(By.cssSelector("#cycle-table tbody tr")).size();
		browser.findElement(By.id("record-cycle")).click();
		try {
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(d -> d.findElements(By.cssSelector("#cycle-table tbody tr")).size() == before + 1);
		}
		catch (org.openqa.selenium.TimeoutException e) {
			Browser.screenshot(browser, "oncology-cycle-failed");
			throw new AssertionError("cycle not recorded: " + browser.findElement(By.id("main")).getText(), e);
		}
	}

	void date(String id, LocalDate value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	void logOut() {
		browser.findElement(By.cssSelector(".user button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
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
			Browser.screenshot(browser, "oncology-phone-" + ready);
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.longValue()).as("%s at 390 px", path).isLessThanOrEqualTo(390);
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
