package org.cutis.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.BoardFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's journey in a real browser, in Korean: a melanoma's signed board recommendation
 * becomes the plan from the cancer page, the dermatologist finds the excision on "my patients to
 * treat" and records it done, the oncologist is refused a cancellation without a reason and
 * records the immunotherapy done; the completed plan shows its timings and summary, and the
 * summary's PDF reads back in Hangul. Also at phone width (390 px).
 */
@CutisTest
class TreatmentPlanJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BoardFlow boardFlow;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;

	ChromeDriver browser;
	WebDriverWait wait;
	SignedCancers.Signed melanoma;
	BoardFlow.Listed listed;
	String oncologist;

	@BeforeEach
	void signedRecommendation() throws Exception {
		melanoma = cancers.melanoma("1.5", false);
		listed = boardFlow.listed(melanoma);
		boardFlow.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"1 cm\"}",
				"{\"type\": \"systemic-therapy\", \"detail\": \"immunotherapy\"}"));
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
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
	void fromTheBoardsRecommendationToTheTreatmentSummary() throws Exception {
		// the dermatologist opens the cancer and makes the plan from the signed recommendation
		Browser.logIn(browser, port, melanoma.dermatologist());
		open("/cancers/" + melanoma.cancerId(), By.id("treatment-plan-link"));
		browser.findElement(By.id("treatment-plan-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("from-board-" + listed.caseId())));
		assertThat(browser.findElement(By.id("no-plan")).getText()).contains("치료 계획이 없습니다");
		Browser.screenshot(browser, "tp-01-no-plan-yet");
		browser.findElement(By.id("from-board-" + listed.caseId())).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-items")));
		assertThat(browser.findElement(By.id("plan-intent")).getText()).isEqualTo("완치 목적");
		assertThat(browser.findElement(By.id("plan-items")).getText()).contains("광범위 국소 절제").contains("1 cm")
			.contains("전신 치료").contains("혈액종양내과, 담당의 미지정").contains("예정");
		String planId = browser.getCurrentUrl().replaceAll(".*/treatment-plans/", "").replaceAll("[#?].*", "");
		String excision = item(planId, "WIDE_LOCAL_EXCISION");
		String systemic = item(planId, "SYSTEMIC_THERAPY");
		// a department changes only its own items: no form on the oncology item for the dermatologist
		assertThat(browser.findElements(By.id("status-form-" + systemic))).isEmpty();
		Browser.screenshot(browser, "tp-02-plan-from-board");

		// the excision waits on the dermatology list, not yet named to anyone
		browser.findElement(By.cssSelector("nav.menu a[href='/treatment-worklist']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("work-" + excision)));
		assertThat(browser.findElement(By.id("work-" + excision)).getText()).contains(Clinic.HANGUL_NAME)
			.contains("광범위 국소 절제").contains("피부과, 담당의 미지정");
		assertThat(browser.findElements(By.id("work-" + systemic))).isEmpty();
		Browser.screenshot(browser, "tp-03-my-patients-to-treat");
		browser.findElement(By.cssSelector("#work-" + excision + " a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-form-" + excision)));
		new Select(browser.findElement(By.id("status-" + excision))).selectByValue("done");
		browser.findElement(By.id("save-" + excision)).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#item-" + excision + " .item-status"), "완료"));
		assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("저장했습니다.");
		assertThat(browser.findElement(By.id("timing-first")).getText()).isEqualTo(clockToday());
		assertThat(browser.findElement(By.id("days-board")).getText()).isEqualTo("0일");
		logOut();

		// the oncologist: a cancellation needs a reason; then the immunotherapy is recorded done
		Browser.logIn(browser, port, oncologist);
		open("/treatment-plans/" + planId, By.id("status-form-" + systemic));
		new Select(browser.findElement(By.id("status-" + systemic))).selectByValue("cancelled");
		browser.findElement(By.id("save-" + systemic)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-problems")));
		assertThat(browser.findElement(By.id("plan-problems")).getText()).contains("취소하는 사유");
		Browser.screenshot(browser, "tp-04-cancel-needs-reason");
		new Select(browser.findElement(By.id("status-" + systemic))).selectByValue("done");
		browser.findElement(By.id("save-" + systemic)).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(browser.findElement(By.id("plan-status")).getText()).contains("완료");
		assertThat(browser.findElement(By.id("summary-diagnosis")).getText()).contains("흑색종");
		assertThat(browser.findElement(By.id("summary-codes")).getText()).contains("ICD-10");
		assertThat(browser.findElement(By.id("summary-responsible")).getText()).contains("피부과")
			.contains("혈액종양내과");
		browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("summary")));
		Browser.screenshot(browser, "tp-05-treatment-summary");
		String pdf = Pdf.text(fetch(browser.findElement(By.id("summary-pdf")).getAttribute("href")));
		assertThat(pdf).contains("치료 요약").contains(Clinic.HANGUL_NAME).contains("광범위 국소 절제").contains("전신 치료");

		// at phone width the plan stays usable: nothing wider than the screen but the table's own box
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		open("/treatment-plans/" + planId, By.id("plan-items"));
		Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(390);
		Browser.screenshot(browser, "tp-06-plan-390px");
	}

	String item(String planId, String type) {
		return jdbc.queryForObject("select id::text from treatment_plan_item where plan_id = ?::uuid and type = ?",
				String.class, planId, type);
	}

	String clockToday() {
		return java.time.LocalDate.now(clock).toString();
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
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
