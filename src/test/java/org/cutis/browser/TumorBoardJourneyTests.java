package org.cutis.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.staging.CancerDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The journey in a real browser: a signed pT2a melanoma report, a positive sentinel node
 * confirmed to stage IIIA on the cancer page, onto a meeting's case list by the coordinator, a
 * recommendation refused without pathology at the table and signed by the chair once quorate,
 * the action item done by the dermatologist, and the meeting packet with the Hangul name.
 * Only the report (lesion to signature) is made through the API, as the pathology screens do not exist yet.
 */
@CutisTest
class TumorBoardJourneyTests {
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
	PatientDirectory patients;
	@Autowired
	CancerDirectory cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;

	ChromeDriver browser;
	WebDriverWait wait;
	String derm;
	String nurse;
	String chair;
	String meetingId;
	Instant meetingAt;
	String cancerId;
	String caseId;

	@BeforeEach
	void signedMelanomaAndAMeeting() throws Exception {
		derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		meetingAt = Instant.now().plus(Duration.ofDays(4));
		meetingId = JsonPath.read(mvc.perform(post("/api/v1/tumor-board/meetings").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "피부암 다학제 위원회 %s", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "본관 3층 회의실",
					 "chair": "%s"}
					""".formatted(chair.substring(chair.length() - 4), meetingAt, chair)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");

		var o = flow.order(derm, clinic.patient(), "melanoma", "punch");
		String mrn = patients.find(o.patientId()).orElseThrow().mrn();
		flow.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		flow.step(nurse, o.specimenId(), "{\"type\": \"send\"}");
		flow.step(pathologist, o.specimenId(), """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(o.accession(), mrn));
		String report = JsonPath.read(mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report")
			.with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"diagnosis": "melanoma", "breslowMm": 1.5, "ulceration": false,
					 "peripheralMarginInvolved": false, "deepMarginInvolved": false}
					"""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON)).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !cancers.cancersOf(o.patientId()).isEmpty());
		cancerId = cancers.cancersOf(o.patientId()).get(0).id().toString();
		assertThat(cancers.cancersOf(o.patientId()).get(0).stagingLine()).contains("pT2a");
		// the eligibility rules propose the case (stage IB) after the staging commits
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc
			.queryForList("select id::text from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?::uuid", String.class, cancerId);
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		clock.reset();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signedMelanomaThroughPositiveSentinelNodeToASignedBoardRecommendation() throws Exception {
		// the dermatologist records the positive sentinel node and confirms the new stage
		logIn(derm);
		open("/cancers/" + cancerId, By.id("current-stage"));
		WebElement slnb = browser.findElement(By.id("order-slnb"));
		slnb.findElement(By.id("nodesExamined")).sendKeys("3");
		slnb.findElement(By.id("nodesPositive")).sendKeys("1");
		slnb.findElement(By.id("largestDepositMm")).sendKeys("0.8");
		slnb.findElement(By.id("record-slnb")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pending-stage")));
		assertThat(browser.findElement(By.cssSelector(".proposal .changes")).getText()).contains("pN1a");
		browser.findElement(By.id("confirm-staging")).click();
		wait.until(ExpectedConditions.textToBe(By.id("current-stage"), "IIIA"));
		assertThat(browser.findElement(By.id("pathological-stage")).getText()).isEqualTo("IIIA");
		Browser.screenshot(browser, "tb-01-cancer-stage-IIIA");
		logOut();

		// the coordinator sees the proposal and puts it on this meeting's list
		logIn(nurse);
		browser.findElement(By.cssSelector("nav.menu a[href='/tumor-board']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-" + caseId)));
		Browser.screenshot(browser, "tb-02-board-with-proposal");
		browser.findElement(By.cssSelector("#meeting-" + meetingId + " h3 a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-case-submit")));
		new Select(browser.findElement(By.id("caseId"))).selectByValue(caseId);
		browser.findElement(By.id("question")).sendKeys("Completion dissection, adjuvant therapy or observation?");
		browser.findElement(By.id("ecog")).sendKeys("0");
		browser.findElement(By.id("add-case-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));
		Browser.screenshot(browser, "tb-03-meeting-case-list");
		logOut();

		// before the meeting's day the chair reads the case; the recommendation waits for the meeting
		logIn(chair);
		open("/tumor-board/meetings/" + meetingId, By.id("case-" + caseId));
		browser.findElement(By.cssSelector("#case-" + caseId + " a")).click();
		wait.until(ExpectedConditions.textToBe(By.id("summary-stage"), "IIIA"));
		assertThat(browser.findElement(By.id("signable-from")).getText())
			.contains(meetingAt.atZone(clock.getZone()).toLocalDate().toString());

		// the day of the meeting: without pathology at the table the recommendation is refused
		clock.travelTo(meetingAt);
		open("/tumor-board/cases/" + caseId, By.id("summary-stage"));
		assertThat(browser.findElements(By.id("signable-from"))).isEmpty();
		assertThat(browser.findElement(By.id("summary-workup")).getText()).contains("감시림프절 생검: 결과 기록됨 — 3개 중 1개 양성");
		browser.findElement(By.id("present-dermatology")).click();
		browser.findElement(By.id("present-hematology-oncology")).click();
		browser.findElement(By.id("record-attendance")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quorum-status"), "병리과"));
		recommend();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommendation-problems")));
		assertThat(browser.findElement(By.id("recommendation-problems")).getText()).contains("병리과");
		assertThat(browser.findElements(By.id("signed"))).isEmpty();
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("attendance")));
		Browser.screenshot(browser, "tb-04-refused-without-quorum");

		browser.findElement(By.id("present-pathology")).click();
		browser.findElement(By.id("record-attendance")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quorum-status"), "정족수 충족"));
		recommend();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed")));
		// the chair by name and department, not by login id
		assertThat(browser.findElement(By.id("signed")).getText()).contains("Test oncologist (혈액종양내과)").doesNotContain(chair);
		assertThat(browser.findElement(By.id("signed-items")).getText()).contains("광범위 국소 절제: 1-2 cm");
		assertThat(browser.findElement(By.id("action-items")).getText()).contains("Book the wide local excision");
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("recommendation")));
		Browser.screenshot(browser, "tb-05-signed-recommendation");

		// the meeting packet prints the case with the patient's Hangul name
		open("/tumor-board/meetings/" + meetingId, By.id("packet-link"));
		assertThat(browser.findElement(By.id("case-" + caseId)).getText()).contains("논의됨");
		byte[] pdf = fetch(browser.findElement(By.id("packet-link")).getAttribute("href"));
		assertThat(Pdf.text(pdf)).contains(Clinic.HANGUL_NAME).contains("피부암 다학제 위원회").contains("IIIA");
		logOut();

		// the dermatologist finds the action item on their worklist and marks it done
		logIn(derm);
		browser.findElement(By.cssSelector("nav.menu a[href='/action-items']")).click();
		wait.until(ExpectedConditions.urlContains("/action-items"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));
		// look the row up afresh at each step: the page may still be settling after navigation
		String rowId = wait.until(d -> d.findElement(By.xpath("//tr[td[contains(., 'Book the wide local excision')]]"))
			.getAttribute("id"));
		Browser.screenshot(browser, "tb-06-my-action-items");
		wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//tr[@id='" + rowId + "']//button[contains(@class, 'mark-done')]")))
			.click();
		// htmx swaps the whole row: a row found a moment ago may already be replaced
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id(rowId), "class", "done"));
		Browser.screenshot(browser, "tb-07-action-item-done");
	}

	void recommend() {
		new Select(browser.findElement(By.id("intent"))).selectByValue("curative");
		new Select(browser.findElement(By.id("items0.type"))).selectByValue("wide-local-excision");
		browser.findElement(By.id("items0.detail")).sendKeys("1-2 cm");
		new Select(browser.findElement(By.id("items1.type"))).selectByValue("systemic-therapy");
		browser.findElement(By.id("items1.detail")).sendKeys("immunotherapy");
		browser.findElement(By.id("dissent")).sendKeys("Surgery preferred observation of the nodal basin");
		browser.findElement(By.id("actionItems0.description")).sendKeys("Book the wide local excision");
		new Select(browser.findElement(By.id("actionItems0.username"))).selectByValue(derm);
		browser.executeScript("arguments[0].value = '2026-12-01'", browser.findElement(By.id("actionItems0.dueDate")));
		browser.findElement(By.id("recommendation-password")).sendKeys(Staff.PASSWORD);
		browser.findElement(By.id("sign-recommendation")).click();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path, By ready) {
		browser.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	void logIn(String username) {
		Browser.logIn(browser, port, username);
	}

	void logOut() {
		browser.findElement(By.cssSelector(".user button")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlMatches("/home$")));
	}

	/** The PDF with the browser's session, as the browser's viewer would fetch it. */
	byte[] fetch(String href) throws Exception {
		String cookies = browser.manage().getCookies().stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		return response.body();
	}
}
