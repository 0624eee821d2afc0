package org.cutis.browser;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, surgery, in a real browser (Korean): a staged melanoma of 0.8 mm gets the proposed 1 cm
 * margin with its explanation on the excision form; a narrower margin asks for its reason; the
 * excision is recorded, its re-excision specimen goes through the laboratory and is signed out, and
 * the histological margins appear on the excision page, which is then done. A topical field therapy
 * with bad input names its fields. The pages fit a phone.
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
}
