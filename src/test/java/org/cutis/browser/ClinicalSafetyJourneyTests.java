package org.cutis.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, clinical screen safety, in a real browser (Korean): a partial biopsy of a suspected
 * melanoma is acknowledged deliberately, imaging result forms start empty, the SLNB advice gives
 * way to its result, triage shows the longest-waiting first, a board case is added by finding
 * the patient, and a report is signed with the signing PIN set on the profile.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicalSafetyJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	MockMvc mvc;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	SignedCancers cancers;
	@Autowired
	PatientDirectory patients;
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
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aPartialBiopsyOfASuspectedMelanomaIsOrderedOnlyWhenAcknowledgedWithTheReasonShown() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		UUID patient = clinic.patient();
		String lesion = flow.lesion(derm, patient, "back", "back", 8, "melanoma");
		photo(derm, lesion);

		logIn(derm);
		open("/lesions/" + lesion + "/biopsies/new", By.id("submit-order"));
		assertThat(browser.findElement(By.id("partial-hint")).getText()).contains("8 mm");
		// a shave: refused, the reason next to the acknowledgement
		new Select(browser.findElement(By.id("technique"))).selectByValue("SHAVE");
		browser.findElement(By.id("clinicalHistory")).sendKeys("3개월간 커지는 흑색 병변");
		new Select(browser.findElement(By.id("photoId"))).selectByIndex(1);
		browser.findElement(By.id("submit-order")).click();
		WebElement why = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeMelanomaWarning-error")));
		assertThat(why.getText()).contains("면도");
		assertThat(browser.getCurrentUrl()).doesNotContain("?ordered");

		// a 3 mm punch of the 8 mm lesion: refused, naming both sizes
		new Select(browser.findElement(By.id("technique"))).selectByValue("PUNCH");
		WebElement diameter = browser.findElement(By.id("punchDiameterMm"));
		diameter.clear();
		diameter.sendKeys("3");
		new Select(browser.findElement(By.id("photoId"))).selectByIndex(1);
		browser.findElement(By.id("submit-order")).click();
		// the refused page is replaced by a new one: wait for the old message to go before reading the new one
		wait.until(ExpectedConditions.stalenessOf(why));
		why = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeMelanomaWarning-error")));
		assertThat(why.getText()).contains("3 mm", "8 mm");
		WebElement box = browser.findElement(By.cssSelector("#partial-acknowledgement input[type=checkbox]"));
		assertThat(box.isSelected()).isFalse();
		assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");
		Browser.screenshot(browser, "safety-01-partial-biopsy-refused");

		// acknowledged deliberately: ordered, and the specimen says who acknowledged it
		box.click();
		new Select(browser.findElement(By.id("photoId"))).selectByIndex(1);
		browser.findElement(By.id("submit-order")).click();
		wait.until(ExpectedConditions.urlContains("?ordered"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("흑색종 술기 경고 확인자");
	}

	@Test
	void imagingResultFormsStartEmptyAndTheSlnbAdviceGivesWayToItsResult() throws Exception {
		SignedCancers.Signed signed = cancers.melanoma("4.5", true);
		logIn(signed.dermatologist());
		open("/cancers/" + signed.cancerId(), By.id("current-stage"));
		assertThat(browser.findElement(By.id("slnb-advice")).getText()).isEqualTo("논의 후 제안");

		WebElement ct = browser.findElement(By.id("order-ct"));
		WebElement site = ct.findElement(By.name("site"));
		assertThat(new Select(site).getFirstSelectedOption().getAttribute("value")).isEmpty();
		assertThat(new Select(ct.findElement(By.name("metastasis"))).getFirstSelectedOption().getAttribute("value"))
			.isEmpty();
		String siteId = site.getAttribute("id");
		ct.findElement(By.cssSelector("button.record-imaging")).click();
		WebElement required = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(siteId + "-error")));
		assertThat(required.getText()).isNotBlank();
		assertThat(browser.findElement(By.id(siteId)).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("order-ct")).getText()).doesNotContain("결과 기록됨");
		Browser.screenshot(browser, "safety-02-imaging-required");

		WebElement slnb = browser.findElement(By.id("order-slnb"));
		slnb.findElement(By.id("nodesExamined")).sendKeys("2");
		slnb.findElement(By.id("nodesPositive")).sendKeys("0");
		slnb.findElement(By.id("record-slnb")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("slnb-advice"), "시행함"));
		assertThat(browser.findElement(By.id("slnb-advice")).getText()).contains("2개 중 0개 양성")
			.doesNotContain("제안");
		assertThat(browser.findElement(By.id("order-slnb")).getText()).doesNotContain("논의 후 제안");
		Browser.screenshot(browser, "safety-03-slnb-done");
	}

	@Test
	void triageShowsTheLongestWaitingReferralFirstWithinAnUrgency() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		UUID patient = clinic.patient();
		String newer = refer(clerk, patient);
		String older = refer(clerk, patient);
		jdbc.update("update referral set received_at = received_at - interval '3 days' where id = ?::uuid", older);

		logIn(nurse);
		open("/referrals", By.cssSelector("a[href='/referrals/" + older + "']"));
		List<String> order = browser.findElements(By.cssSelector("main a[href^='/referrals/']"))
			.stream()
			.map(a -> a.getAttribute("href").replaceAll(".*/referrals/", ""))
			.toList();
		assertThat(order.indexOf(older)).isNotNegative().isLessThan(order.indexOf(newer));
	}

	@Test
	void aCaseIsPutOnAMeetingByFindingThePatientAndChoosingTheirCancer() throws Exception {
		SignedCancers.Signed signed = cancers.melanoma("1.5", false);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String meeting = JsonPath.read(mvc.perform(post("/api/v1/tumor-board/meetings").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "안전 점검 %s", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "본관 3층", "chair": "%s"}
					""".formatted(chair.substring(chair.length() - 4), Instant.now().plus(Duration.ofDays(5)), chair)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		String mrn = patients.find(signed.patientId()).orElseThrow().mrn();

		logIn(nurse);
		open("/tumor-board/meetings/" + meeting, By.id("case-patient-q"));
		// no UUID to type: the cancer is chosen from the patient's cancers once the patient is found
		assertThat(browser.findElements(By.cssSelector("input[name=cancerId]"))).isEmpty();
		browser.findElement(By.id("case-patient-q")).sendKeys(mrn);
		browser.findElement(By.id("case-patient-find")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-patient-matches a"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-patient-chosen")));
		assertThat(browser.findElement(By.id("case-patient-chosen")).getText()).contains(mrn);
		new Select(browser.findElement(By.id("cancerId"))).selectByValue(signed.cancerId().toString());
		browser.findElement(By.id("question")).sendKeys("보조 요법 또는 경과 관찰?");
		Browser.screenshot(browser, "safety-04-case-picker");
		browser.findElement(By.id("add-case-submit")).click();
		wait.until(ExpectedConditions.urlContains("?added"));
		assertThat(browser.findElement(By.id("case-list")).getText()).contains(mrn);
	}

	@Test
	void aPathologistSignsWithTheSigningPinSetOnTheProfile() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		var o = flow.received(derm, nurse, pathologist, clinic.patient(), "bcc");
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"bcc\", \"peripheralMarginInvolved\": false, \"deepMarginInvolved\": false}"))
			.andExpect(status().isOk());

		logIn(pathologist);
		open("/account/pin", By.id("pin-form"));
		browser.findElement(By.id("currentPassword")).sendKeys(Staff.PASSWORD);
		browser.findElement(By.id("pin")).sendKeys("583920");
		browser.findElement(By.id("confirmPin")).sendKeys("583920");
		browser.findElement(By.id("save-pin")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pin-saved")));

		open("/specimens/" + o.specimenId() + "/report", By.id("sign-report"));
		// nothing typed: not signed, asked for the password or PIN
		browser.findElement(By.id("sign-report")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-signature-error")));
		browser.findElement(By.id("sign-pin")).sendKeys("111222");
		browser.findElement(By.id("sign-report")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-signature-error"), "PIN"));
		assertThat(browser.findElements(By.id("report-signed"))).isEmpty();
		Browser.screenshot(browser, "safety-05-wrong-pin");

		browser.findElement(By.id("sign-pin")).sendKeys("583920");
		browser.findElement(By.id("sign-report")).click();
		wait.until(ExpectedConditions.urlContains("?signed"));
		assertThat(browser.findElement(By.id("report-signature-method")).getText()).contains("PIN");
		Browser.screenshot(browser, "safety-06-signed-with-pin");
	}

	String refer(String clerk, UUID patient) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
					 "reason": "suspected-skin-cancer", "urgency": "routine", "note": "pigmented lesion, back"}
					""".formatted(patient)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	void photo(String derm, String lesion) throws Exception {
		MockMultipartFile png = new MockMultipartFile("file", "d.png", "image/png", Clinic.image("png", 80, 60));
		mvc.perform(multipart("/api/v1/lesions/" + lesion + "/photos").file(png).param("kind", "dermoscopic")
			.with(login.as(derm))).andExpect(status().isCreated());
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path, By ready) {
		browser.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	/** A fresh session for {@code username} (the cookies of the previous one dropped). */
	void logIn(String username) {
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, username);
	}
}
