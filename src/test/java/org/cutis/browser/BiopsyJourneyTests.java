package org.cutis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Pdf;
import org.cutis.support.Staff;
import org.cutis.support.WorklistPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed loop in a real browser: a dermatologist maps a lesion and photographs it, orders a
 * 3 mm punch and prints its label; the pathologist receives it and signs a melanoma report
 * (0.75 mm, not ulcerated: pT1b); the dermatologist reviews and tells the patient, and the
 * patient's path log is empty again.
 */
@CutisTest
class BiopsyJourneyTests {
	// the browser speaks Korean; the states as the specimen page shows them
	static final String SENT = "병리과로 보냄", RECEIVED = "접수됨", REVIEWED = "임상의 확인됨", COMMUNICATED = "환자에게 전달됨";

	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	PatientDirectory patients;
	@Autowired
	WorklistPages worklist;

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void open() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void logIn(String username) {
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, username);
	}

	void go(String path) {
		browser.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	void click(String id, String urlPart) {
		browser.findElement(By.id(id)).click();
		wait.until(ExpectedConditions.urlContains(urlPart));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	@Test
	void mapPhotographBiopsyReportReviewCommunicateAndTheLoopCloses() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String pathologist = staff.create(Role.PATHOLOGIST);
		UUID patient = clinic.patient();
		String mrn = patients.find(patient).orElseThrow().mrn();

		logIn(derm);
		go("/patients/" + patient + "/lesions");
		browser.findElement(By.cssSelector("svg[data-view=BACK] path.region[data-site=BACK]")).click();
		assertThat(browser.findElement(By.id("site")).getAttribute("value")).isEqualTo("BACK");
		new Select(browser.findElement(By.id("impression"))).selectByValue("MELANOMA");
		new Select(browser.findElement(By.id("suspicion"))).selectByValue("HIGH");
		Browser.screenshot(browser, "10-body-map");
		click("record-lesion", "/lesions/");
		String lesionLabel = browser.findElement(By.id("lesion-label")).getText();
		assertThat(lesionLabel).matches("L\\d+");

		Path photo = Files.createTempFile("dermoscopy", ".png");
		Files.write(photo, Clinic.image("png", 120, 90));
		browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
		new Select(browser.findElement(By.id("kind"))).selectByValue("DERMOSCOPIC");
		click("upload-photo", "#photos");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.photos img")));
		Browser.screenshot(browser, "11-lesion-with-photo");

		click("order-biopsy", "/biopsies/new");
		// a diagnostic biopsy unless the clinician says it is a re-excision, a recurrence or a metastasis
		assertThat(new Select(browser.findElement(By.id("purpose"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("DIAGNOSTIC");
		assertThat(new Select(browser.findElement(By.id("purpose"))).getOptions()).hasSize(4);
		assertThat(new Select(browser.findElement(By.id("technique"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("PUNCH");
		assertThat(browser.findElement(By.id("punchDiameterMm")).getAttribute("value")).isIn("3", "3.0");
		browser.findElement(By.id("clinicalHistory")).sendKeys("3개월간 커지는 흑색 병변");
		new Select(browser.findElement(By.id("photoId"))).selectByIndex(1);
		click("submit-order", "?ordered");
		String accession = browser.findElement(By.id("accession")).getText();
		String specimenUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

		// the label as the browser fetches it: a PDF with the Hangul name as text
		String href = browser.findElement(By.id("label-link")).getAttribute("href");
		Object base64 = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
				  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });
				""", href);
		String label = Pdf.text(Base64.getDecoder().decode((String) base64));
		assertThat(label).contains(Clinic.HANGUL_NAME, mrn, accession);

		click("event-collect", specimenUrl.substring(specimenUrl.indexOf("/specimens/")));
		click("event-send", "/specimens/");
		wait.until(ExpectedConditions.textToBe(By.id("specimen-status"), SENT));

		logIn(pathologist);
		go(specimenUrl.substring(specimenUrl.indexOf("/specimens/")));
		browser.findElement(By.id("accession-in")).sendKeys(accession);
		browser.findElement(By.id("mrn-in")).sendKeys(mrn);
		new Select(browser.findElement(By.id("site-in"))).selectByValue("BACK");
		click("event-receive", "/specimens/");
		wait.until(ExpectedConditions.textToBe(By.id("specimen-status"), RECEIVED));
		// other tests' specimens may wait longer: the page the oldest-first order puts this one on
		go(worklist.pathologyAddress(specimenUrl.substring(specimenUrl.lastIndexOf('/') + 1)));
		Browser.screenshot(browser, "12-pathology-worklist");
		browser.findElement(By.linkText(accession)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
		new Select(browser.findElement(By.id("diagnosis"))).selectByValue("MELANOMA");
		browser.findElement(By.id("breslowMm")).sendKeys("0.75");
		new Select(browser.findElement(By.id("ulceration"))).selectByValue("false");
		click("save-report", "?saved");
		assertThat(browser.findElement(By.id("draft-pt")).getText()).isEqualTo("pT1b");
		Browser.screenshot(browser, "13-report-draft");
		browser.findElement(By.id("sign-password")).sendKeys(Staff.PASSWORD);
		click("sign-report", "?signed");
		assertThat(browser.findElement(By.id("report-pt")).getText()).isEqualTo("pT1b");
		Browser.screenshot(browser, "14-signed-report");

		logIn(derm);
		go("/path-log?patientId=" + patient);
		assertThat(browser.findElement(By.id("pathlog")).getText()).contains(accession, "악성");
		Browser.screenshot(browser, "15-path-log-open");
		go(specimenUrl.substring(specimenUrl.indexOf("/specimens/")));
		click("event-review", "/specimens/");
		wait.until(ExpectedConditions.textToBe(By.id("specimen-status"), REVIEWED));
		new Select(browser.findElement(By.id("method"))).selectByValue("IN_PERSON");
		click("event-communicate", "/specimens/");
		wait.until(ExpectedConditions.textToBe(By.id("specimen-status"), COMMUNICATED));
		// every step the specimen went through, oldest first, with who and how
		var steps = browser.findElements(By.cssSelector("#specimen-steps tbody tr"));
		assertThat(steps).extracting(row -> row.getAttribute("class")).containsExactly("step-ordered",
				"step-collected", "step-sent", "step-received", "step-reported", "step-signed", "step-reviewed",
				"step-communicated");
		assertThat(steps.get(7).getText()).contains("Test dermatologist (피부과)", "대면").doesNotContain(derm);
		assertThat(steps.get(3).getText()).contains("Test pathologist").doesNotContain(pathologist);

		go("/path-log?patientId=" + patient);
		Browser.screenshot(browser, "16-path-log-empty");
		assertThat(browser.findElements(By.id("pathlog-empty"))).hasSize(1);
		assertThat(browser.findElements(By.id("pathlog"))).isEmpty();

		// deeper levels: the pathologist corrects the thickness by a structured addendum on the page
		logIn(pathologist);
		go(specimenUrl.substring(specimenUrl.indexOf("/specimens/")) + "/report");
		browser.findElement(By.id("addendum-reason")).sendKeys("심부 절편 추가 검사");
		browser.findElement(By.id("addendum-text")).sendKeys("추가 절편에서 더 깊은 침윤이 보입니다.");
		browser.findElement(By.id("correctedBreslowMm")).sendKeys("1.4");
		browser.findElement(By.id("addendum-password")).sendKeys(Staff.PASSWORD);
		click("sign-addendum", "/report");
		assertThat(browser.findElement(By.cssSelector(".addendum .changes")).getText()).contains("Breslow 두께(mm): 0.75 → 1.4");
		assertThat(browser.findElement(By.id("report-pt")).getText()).isEqualTo("pT2a");
		Browser.screenshot(browser, "17-structured-addendum");

		// the cancer restages from the corrected facts and keeps the original version as evidence
		logIn(derm);
		go("/patients/" + patient);
		wait.until(d -> {
			d.navigate().refresh();
			return !d.findElements(By.cssSelector("a[href^='/cancers/']")).isEmpty();
		});
		browser.findElement(By.cssSelector("a[href^='/cancers/']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
		wait.until(d -> {
			d.navigate().refresh();
			return d.findElements(By.cssSelector("#evidence tbody tr")).size() == 2;
		});
		assertThat(browser.findElement(By.cssSelector("#evidence tr.superseded")).getText()).contains("0.75 mm");
		assertThat(browser.findElement(By.id("current-stage")).getText()).isEqualTo("IB");
		Browser.screenshot(browser, "18-cancer-evidence");
	}
}
