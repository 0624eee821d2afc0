package org.cutis.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cutis.clinic.visit.VisitAppointments;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's visit note in a real browser, in Korean: the doctor opens the note of a melanoma
 * patient's follow-up, reviews the melanoma's lesion from its dot on the body map (changed, and how),
 * finds an in-transit nodule and places it on the map (it joins the registry as L2), examines the
 * node basins, is told beside the field what signing still needs, and signs with the password; the
 * chart shows the signed note. The Korean page has no English words, and the note fits a phone.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitNoteJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	SignedCancers cancers;
	@Autowired
	VisitAppointments appointments;

	ChromeDriver browser;
	WebDriverWait wait;
	Signed melanoma;

	@BeforeAll
	void melanomaPatientInClinic() throws Exception {
		melanoma = cancers.melanoma("2.1", true);
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@org.junit.jupiter.api.AfterEach
	void backToToday() {
		appointments.backToToday();
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** A follow-up today (the clock moved to its slot), the doctor logged in afresh at that time. */
	UUID today() {
		UUID appointment = appointments.today(melanoma.patientId(), melanoma.dermatologist());
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, melanoma.dermatologist());
		return appointment;
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	@Test
	void theDoctorReviewsTheLesionsOnTheBodyMapAddsANewOneAndSigns() {
		UUID appointment = today();
		open("/appointments/" + appointment + "/visit-note");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesion-form")));
		assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("작성 전");
		assertNoEnglish("draft");

		browser.findElement(By.id("intervalHistory")).sendKeys("수술 후 특별한 불편 없음");
		// the signed pathology report is offered among the results to review (ticked, kept through saves)
		By report = By.cssSelector("input[name=reviewedResultIds][value='" + melanoma.reportId() + "']");
		assertThat(browser.findElement(By.id("results")).getText()).contains("병리 보고서, L1: 흑색종");
		browser.executeScript("arguments[0].click()", browser.findElement(report));
		// the melanoma's dot on the map leads to its review row
		WebElement dot = browser.findElement(By.cssSelector("#bodymap g.marker a"));
		assertThat(dot.getText()).isEqualTo("L1");
		browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", dot);
		wait.until(ExpectedConditions.urlContains("#review-" + melanoma.lesionId()));
		WebElement review = browser.findElement(By.id("review-" + melanoma.lesionId()));
		review.findElement(By.cssSelector("input[type=radio][value=changed]")).click();
		review.findElement(By.cssSelector("input[type=text]")).sendKeys("흉터 가장자리가 약간 솟음");

		// an in-transit nodule: placed on the back view's drawing, recorded as a new lesion
		WebElement back = browser.findElement(By.cssSelector("svg[data-view=BACK] path.region[data-site=BACK]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", back);
		back.click();
		assertThat(browser.findElement(By.id("site")).getAttribute("value")).isEqualTo("BACK");
		assertThat(browser.findElement(By.id("view")).getAttribute("value")).isEqualTo("BACK");
		new Select(browser.findElement(By.id("impression"))).selectByValue("MELANOMA");
		new Select(browser.findElement(By.id("suspicion"))).selectByValue("HIGH");
		browser.findElement(By.id("suspected1")).click();
		browser.findElement(By.id("add-lesion")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		List<WebElement> rows = browser.findElements(By.cssSelector("fieldset.lesion-review"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).getText()).contains("L2").contains("이번 진료에서 새로 발견");
		// what was typed before the lesion was added is kept
		assertThat(browser.findElement(By.id("intervalHistory")).getAttribute("value")).contains("불편 없음");
		assertThat(rows.get(0).findElement(By.cssSelector("input[type=radio][value=changed]")).isSelected()).isTrue();
		assertThat(browser.findElement(report).isSelected()).isTrue();

		// the node basins: the left axilla not palpable
		new Select(browser.findElement(By.id("lymphNodes7.state"))).selectByValue("no");
		// relapse suspected: the cancer and the new lesion (ticked when it was added)
		browser.findElement(By.cssSelector("input[name=assessment][value=relapse-suspected]")).click();
		new Select(browser.findElement(By.id("cancerId"))).selectByValue(melanoma.cancerId().toString());
		assertThat(browser.findElements(By.cssSelector("input[name=suspectedLesionIds]:checked"))).hasSize(1);
		browser.findElement(By.id("note-password")).sendKeys(org.cutis.support.Staff.PASSWORD);
		browser.findElement(By.id("sign-note")).click();
		// no plan yet: said beside the field, nothing signed
		WebElement planError = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-error")));
		assertThat(planError.getText()).isNotBlank();
		assertNoEnglish("errors");
		Browser.screenshot(browser, "visit-01-plan-required");

		browser.findElement(By.id("plan")).sendKeys("새 결절 재생검, 종양 위원회 상정");
		browser.findElement(By.id("note-password")).sendKeys(org.cutis.support.Staff.PASSWORD);
		browser.findElement(By.id("sign-note")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
		assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("서명 완료");
		assertThat(browser.findElement(By.id("assessment-shown")).getText()).isEqualTo("재발 의심");
		assertThat(browser.findElement(By.cssSelector("table.lesion-reviews")).getText()).contains("L1").contains("변화 있음")
			.contains("L2");
		// the report reviewed is a link to it
		WebElement reviewed = browser.findElement(By.cssSelector("#reviewed-" + melanoma.reportId() + " a"));
		assertThat(reviewed.getText()).contains("병리 보고서, L1: 흑색종");
		assertThat(reviewed.getAttribute("href")).endsWith("/specimens/" + melanoma.specimenId() + "/report");
		assertNoEnglish("signed");
		Browser.screenshot(browser, "visit-02-signed");

		// the chart's timeline shows the signed note
		open("/patients/" + melanoma.patientId());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("진료 기록 서명: 재발 의심");
	}

	@Test
	void theNoteFitsAPhone() {
		UUID appointment = today();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/appointments/" + appointment + "/visit-note");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesion-form")));
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(390);
			Browser.screenshot(browser, "visit-03-phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	void assertNoEnglish(String where) {
		Browser.assertKorean(browser, where);
	}
}
