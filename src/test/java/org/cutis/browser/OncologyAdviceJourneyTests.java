package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cetuximab journey's advice to oncology, on the Korean pages (issue 12): the dermatologist sends
 * "hold" about a grade 3 acneiform rash with its photo from the adverse event's page; the urgent
 * recommendation is first on the oncologist's worklist, who acknowledges it "held"; the
 * dermatologist sees the answer on the adverse event and the chart. No English sentence on the way.
 */
@CutisTest
class OncologyAdviceJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	Login login;
	@Autowired
	MockMvc mvc;
	@Autowired
	TestClock clock;
	@Autowired
	SignedCancers signedCancers;

	ChromeDriver browser;
	WebDriverWait wait;
	String derm;
	String onc;
	UUID patient;
	String adverseEvent;

	@BeforeEach
	void gradedRashWithAPhoto() throws Exception {
		derm = staff.create(Role.DERMATOLOGIST);
		onc = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		patient = clinic.patient();
		adverseEvent = JsonPath.read(mvc.perform(post("/api/v1/patients/" + patient + "/adverse-events")
			.with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"term": "Rash acneiform", "findings": {"bsaPercent": 40, "symptoms": "severe"}, "onsetDate": "%s",
					 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
					""".formatted(LocalDate.now(clock).minusDays(4))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/adverse-events/" + adverseEvent + "/grade").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON).content("{\"grade\": 3}")).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/adverse-events/" + adverseEvent + "/photos")
			.file(new MockMultipartFile("file", "rash.png", "image/png", Clinic.image("png", 120, 90)))
			.with(login.as(derm))).andExpect(status().isCreated());
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
	void theUrgentRecommendationIsOnTheOncologistsWorklistAndAcknowledgedHeld() {
		// the dermatologist advises from the adverse event's page; an addressee left out is refused in Korean
		Browser.logIn(browser, port, derm);
		open("/adverse-events/" + adverseEvent, By.id("advice-form"));
		assertThat(text("oncology-advice")).contains("아직 보낸 권고가 없습니다");
		new Select(browser.findElement(By.id("advice-action"))).selectByValue("hold");
		browser.findElement(By.id("advice-send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#advice-form .problems")));
		assertThat(browser.findElement(By.cssSelector("#advice-form .problems")).getText()).contains("필수");
		new Select(browser.findElement(By.id("advice-action"))).selectByValue("hold");
		new Select(browser.findElement(By.id("advice-oncologist"))).selectByValue(onc);
		browser.findElement(By.id("advice-note")).sendKeys("2등급 이하가 될 때까지 중단, 독시사이클린 복용 시작");
		browser.findElement(By.id("advice-send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oncology-advice-list")));
		assertThat(text("oncology-advice-list")).contains("항암제 중단 후 호전 시 재개", "3등급", "긴급", "답변 대기");
		assertKorean("adverse event with its advice");
		logOut();

		// the oncologist finds it first on the worklist, from the menu, marked urgent
		Browser.logIn(browser, port, onc);
		browser.findElement(By.cssSelector("nav.menu a[href='/oncology-recommendations']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oncology-recommendations")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("답변을 기다리는 항암 피부 클리닉 권고");
		List<WebElement> rows = browser.findElements(By.cssSelector("#oncology-recommendations tbody tr"));
		assertThat(rows.get(0).getText()).contains("긴급", Clinic.HANGUL_NAME, "여드름양 발진, 3등급", "항암제 중단 후 호전 시 재개");
		assertKorean("oncologist's worklist");
		Browser.screenshot(browser, "oncology-advice-01-worklist");
		rows.get(0).findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledge-form")));
		assertThat(text("urgent")).contains("긴급");
		assertThat(browser.findElement(By.cssSelector("#note span")).getDomAttribute("translate")).isEqualTo("no");
		assertThat(browser.findElements(By.cssSelector("#photos img"))).hasSize(1);
		assertKorean("recommendation");

		// "disagreed" needs a reason, said next to the field; then "held"
		new Select(browser.findElement(By.id("outcome-choice"))).selectByValue("disagreed");
		browser.findElement(By.id("acknowledge-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#acknowledge-form .field-error")));
		assertThat(browser.findElement(By.cssSelector("#acknowledge-form .field-error")).getText())
			.isEqualTo("동의하지 않을 때는 사유를 적어 주세요.");
		new Select(browser.findElement(By.id("outcome-choice"))).selectByValue("held");
		browser.findElement(By.id("acknowledge-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
		assertThat(text("status")).isEqualTo("답변함");
		assertThat(text("outcome")).contains("중단함");
		assertThat(browser.findElements(By.id("acknowledge-form"))).isEmpty();
		Browser.screenshot(browser, "oncology-advice-02-held");
		open("/oncology-recommendations", By.id("main"));
		assertThat(browser.findElements(By.id("recommendations-empty"))).hasSize(1);
		logOut();

		// the dermatologist sees the answer on the adverse event and the chart
		Browser.logIn(browser, port, derm);
		open("/adverse-events/" + adverseEvent, By.id("oncology-advice-list"));
		assertThat(text("oncology-advice-list")).contains("중단함");
		open("/patients/" + patient, By.id("main"));
		assertThat(text("main")).contains("긴급 종양내과 권고", "종양내과 답변: 중단함");
	}

	@Test
	void startingCetuximabProposesThePreEmptiveRegimenWhichTheDermatologistDeclinesWithAReason() throws Exception {
		SignedCancers.Signed scc = signedCancers.melanoma("1.2", false);
		mvc.perform(post("/api/v1/systemic-courses").with(login.as(onc)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"cancerId": "%s", "regimen": "cetuximab", "setting": "metastatic", "line": 1, "heightCm": 170,
					 "weightKg": 65, "startDate": "%s"}
					""".formatted(scc.cancerId(), LocalDate.now(clock))))
			.andExpect(status().isCreated());
		Browser.logIn(browser, port, derm);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.findElement(By.cssSelector("nav.menu a[href='/skin-prophylaxis']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			return !browser.findElements(By.id("prophylaxis-worklist")).isEmpty()
					&& text("prophylaxis-worklist").contains("세툭시맙");
		});
		assertKorean("pre-emptive skin care worklist");
		browser.findElements(By.cssSelector("#prophylaxis-worklist tbody tr a"))
			.stream()
			.filter(a -> a.findElement(By.xpath("../..")).getText().contains("세툭시맙"))
			.reduce((first, last) -> last)
			.orElseThrow()
			.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decline-form")));
		assertThat(text("regimen")).contains("보습제", "자외선 차단제", "독시사이클린");
		assertThat(text("weeks")).isEqualTo("치료 첫 6주 동안");
		assertThat(text("status")).isEqualTo("결정 대기");
		assertKorean("proposed pre-emptive regimen");
		browser.findElement(By.id("decline-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decline-form .field-error")));
		assertThat(browser.findElement(By.cssSelector("#decline-form .field-error")).getText())
			.isEqualTo("거절할 때는 사유를 적어 주세요.");
		browser.findElement(By.id("decline-reason-input")).sendKeys("로사세아로 이미 독시사이클린 복용 중");
		browser.findElement(By.id("decline-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decline-reason")));
		assertThat(text("status")).isEqualTo("거절함");
		assertThat(text("decline-reason")).isEqualTo("로사세아로 이미 독시사이클린 복용 중");
		open("/patients/" + scc.patientId(), By.id("main"));
		assertThat(text("main")).contains("EGFR 억제제 시작(세툭시맙): 예방 피부 요법 제안", "예방 피부 요법 거절, 사유");
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	void logOut() {
		browser.findElement(By.cssSelector(".user button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	/** No English sentence on the page (quotations marked translate="no" aside), as LanguageJourneyTests checks. */
	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}
}
