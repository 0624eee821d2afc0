package org.cutis.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.application.AccountManagement;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, "People, codes and places", as a clinician reads it: staff by name and department
 * on every page and PDF of a signed, staged, board-discussed melanoma (login ids only on the
 * admin pages), the site-specific ICD-10 code, and the body map reached and used by keyboard.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAndPlacesJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Login login;
	@Autowired
	MockMvc mvc;
	@Autowired
	SignedCancers cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void today() {
		clock.reset();
		browser.manage().deleteAllCookies();
	}

	@Test
	void staffAppearByNameAndDepartmentNeverByLoginIdOutsideTheAdminPages() throws Exception {
		String chair = named("이서연", Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String coordinator = named("박지현", Role.NURSE, Department.NURSING);
		String clerk = named("최도윤", Role.CLERK, Department.ADMINISTRATION);
		String admin = named("정하은", Role.ADMIN, Department.ADMINISTRATION);
		Instant meetingAt = Instant.now().plus(Duration.ofDays(3));
		String meetingId = JsonPath.read(json(coordinator, "/api/v1/tumor-board/meetings", """
				{"title": "피부암 다학제 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "본관 3층 회의실",
				 "chair": "%s"}
				""".formatted(meetingAt, chair)), "$[0].id");
		SignedCancers.Signed s = cancers.signedAt("front", "thigh", 9, "melanoma", """
				{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading", "breslowMm": 1.5,
				 "ulceration": false, "mitoticRatePerMm2": 2, "peripheralMarginInvolved": false, "deepMarginInvolved": false}
				""");
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc
			.queryForList("select id::text from board_case where cancer_id = ?", String.class, s.cancerId()).isEmpty());
		String caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?", String.class,
				s.cancerId());
		json(coordinator, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", """
				{"caseId": "%s", "question": "Adjuvant therapy or observation?", "ecog": 0}
				""".formatted(caseId));
		clock.travelTo(meetingAt);
		json(coordinator, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology", "username": "%s"}, {"department": "hematology-oncology",
				  "username": "%s"}, {"department": "pathology", "username": "%s"}]}
				""".formatted(s.dermatologist(), chair, s.pathologist()));
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
				{"intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}],
				 "actionItems": [{"description": "Book the wide local excision", "username": "%s", "dueDate": "2026-12-20"}],
				 "password": "%s"}
				""".formatted(s.dermatologist(), Staff.PASSWORD));
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation/addenda", "{\"text\": \"PET-CT first\"}");
		String referral = JsonPath.read(json(clerk, "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
				 "reason": "suspected-skin-cancer", "urgency": "suspected-melanoma-fast-track", "note": "new pigmented lesion"}
				""".formatted(s.patientId())), "$.id");
		json(coordinator, "/api/v1/referrals/" + referral + "/accept", "{\"dermatologist\": \"%s\"}".formatted(s.dermatologist()));

		List<String> loginIds = List.of(s.dermatologist(), s.nurse(), s.pathologist(), chair, coordinator, clerk, admin);
		Map<String, List<String>> pagesByReader = Map.of(
				s.dermatologist(), List.of("/home", "/patients/" + s.patientId(), "/patients/" + s.patientId() + "/lesions",
						"/lesions/" + s.lesionId(), "/specimens/" + s.specimenId(), "/specimens/" + s.specimenId() + "/report",
						"/cancers/" + s.cancerId(), "/action-items", "/referrals/" + referral, "/tumor-board/cases/" + caseId),
				s.pathologist(), List.of("/path-log", "/pathology/worklist", "/specimens/" + s.specimenId() + "/report"),
				chair, List.of("/tumor-board", "/tumor-board/meetings/" + meetingId, "/tumor-board/cases/" + caseId,
						"/cancers/" + s.cancerId()),
				coordinator, List.of("/referrals", "/referrals/" + referral, "/tumor-board", "/path-log"));
		List<String> leaks = new ArrayList<>();
		for (var reader : pagesByReader.entrySet()) {
			logIn(reader.getKey());
			for (String page : reader.getValue()) {
				browser.get(url(page));
				wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
				String seen = readable();
				loginIds.stream().filter(seen::contains).forEach(id -> leaks.add(page + " (as " + reader.getKey() + "): " + id));
			}
			if (reader.getKey().equals(chair)) {
				String packet = Pdf.text(fetch("/tumor-board/meetings/" + meetingId + "/packet.pdf"));
				String report = Pdf.text(fetch("/reports/" + s.reportId() + "/report.pdf"));
				loginIds.stream().filter(packet::contains).forEach(id -> leaks.add("meeting packet PDF: " + id));
				loginIds.stream().filter(report::contains).forEach(id -> leaks.add("report PDF: " + id));
				assertThat(packet).contains("이서연 (혈액종양내과)");
				assertThat(report).contains("Test pathologist");
			}
			browser.manage().deleteAllCookies();
		}
		assertThat(leaks).as("staff login ids outside the admin pages").isEmpty();

		// the confirmed melanoma of the thigh is coded at its site; the lesion's clinical impression is not coded
		logIn(s.dermatologist());
		browser.get(url("/specimens/" + s.specimenId() + "/report"));
		assertThat(browser.findElement(By.id("report-diagnosis")).getText()).contains("C43.7").doesNotContain("C43.9");
		browser.get(url("/cancers/" + s.cancerId()));
		assertThat(readable()).contains("ICD-10 C43.7").doesNotContain("C43.9");
		browser.get(url("/lesions/" + s.lesionId()));
		assertThat(browser.findElement(By.id("lesion-impression")).getText()).contains("임상 인상", "SNOMED CT 372244006", "의심")
			.doesNotContain("C43", "ICD");
		assertThat(Pdf.text(fetch("/reports/" + s.reportId() + "/report.pdf"))).contains("C43.7").doesNotContain("C43.9");
		browser.manage().deleteAllCookies();

		// what the names look like
		logIn(chair);
		browser.get(url("/tumor-board/cases/" + caseId));
		assertThat(browser.findElement(By.id("signed")).getText()).contains("이서연 (혈액종양내과)");
		browser.get(url("/tumor-board/meetings/" + meetingId));
		assertThat(readable()).contains("이서연 (혈액종양내과)");
		browser.manage().deleteAllCookies();

		// the admin pages: the staff list shows login ids; the audit log the name beside the login id
		logIn(admin);
		browser.get(url("/admin/staff"));
		assertThat(readable()).contains(chair);
		browser.get(url("/admin/audit?patientId=" + s.patientId()));
		String audit = readable();
		assertThat(audit).contains("Test pathologist").contains(s.pathologist());
	}

	@Test
	void theKeyboardReachesTheLesionFormWithoutTabbingThroughTheBodyMap() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		UUID patient = clinic.patient();
		for (int i = 0; i < 3; i++) {
			flow.lesion(derm, patient, "back", "back", 5, "benign-naevus");
		}
		logIn(derm);
		browser.get(url("/patients/" + patient + "/lesions"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("site-search")));
		assertThat(browser.findElements(By.cssSelector(".bodymap path.region"))).hasSizeGreaterThan(100);
		assertThat(browser.findElements(By.cssSelector(".bodymap rect"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".bodymap path.region:not([tabindex='-1'])"))).isEmpty();

		// from the page's start: Tab to the skip link, Enter, Tab on to the site picker
		int tabs = 0;
		List<String> path = new ArrayList<>();
		browser.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
		while (tabs < 60 && !"site-search".equals(focused("id"))) {
			new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
			tabs++;
			path.add(focused("tagName") + "#" + focused("id") + "." + focused("className"));
			assertThat(focused("className")).as("a part of the map is no tab stop").doesNotContain("region");
			if (focused("className").contains("skip-link")) {
				new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
			}
		}
		assertThat(tabs).as("Tab presses from the page's start to the form: " + path).isLessThanOrEqualTo(15);
		assertThat(focused("id")).isEqualTo("site-search");

		// the site picker: the name in the reader's language sets the site, the side and the dot
		browser.switchTo().activeElement().sendKeys("넓적다리");
		wait.until(d -> "THIGH".equals(value("site")));
		assertThat(value("view")).isEqualTo("FRONT");
		assertThat(value("laterality")).isIn("RIGHT", "LEFT");
		assertThat(Double.parseDouble(value("x"))).isBetween(30.0, 70.0);
		assertThat(browser.findElement(By.id("site-chosen")).getText()).contains("넓적다리");
		assertThat(Double.parseDouble(browser.findElement(By.cssSelector("svg[data-view=FRONT] .new-marker"))
			.getAttribute("cx"))).isPositive();
		// Enter in the picker does not send the form
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).contains("/patients/" + patient + "/lesions").doesNotContain("recorded");
		assertThat(browser.findElements(By.id("lesion-label"))).isEmpty();

		// the map by keyboard: one stop, the arrows move between the parts, Enter marks one
		browser.findElement(By.id("bodymap")).sendKeys(Keys.ARROW_RIGHT);
		assertThat(focused("className")).contains("region");
		browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		String site = browser.switchTo().activeElement().getAttribute("data-site");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(value("site")).isEqualTo(site);
		Browser.screenshot(browser, "people-01-body-map");

		// recorded from the picker, the lesion page shows its dot on the drawing
		browser.findElement(By.id("site-search")).clear();
		browser.findElement(By.id("site-search")).sendKeys("넓적다리");
		wait.until(d -> "THIGH".equals(value("site")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("impression"))).selectByValue("MELANOMA");
		String x = value("x");
		String y = value("y");
		browser.findElement(By.id("record-lesion")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesion-dot")));
		WebElement dot = browser.findElement(By.id("lesion-dot"));
		assertThat(Double.parseDouble(dot.getAttribute("cx"))).isCloseTo(Double.parseDouble(x) * 2, within(0.5));
		assertThat(Double.parseDouble(dot.getAttribute("cy"))).isCloseTo(Double.parseDouble(y) * 4, within(0.5));
		assertThat(browser.findElement(By.id("lesion-map")).getText()).contains("앞면", "넓적다리");
		assertThat(browser.findElements(By.cssSelector("#lesion-map .part.at-site"))).hasSize(1);
		// a clinical impression of melanoma before histology: no confirmed diagnosis code
		assertThat(browser.findElement(By.id("lesion-impression")).getText()).contains("임상 인상")
			.doesNotContain("C43");
		Browser.screenshot(browser, "people-02-lesion-dot");
	}

	String focused(String property) {
		Object value = browser.executeScript("var e = document.activeElement; if (!e) return '';"
				+ " var v = e[arguments[0]]; return typeof v === 'string' ? v : (v && v.baseVal !== undefined ? v.baseVal : '');",
				property);
		return value == null ? "" : value.toString();
	}

	String value(String name) {
		return browser.findElement(By.cssSelector("#lesion-form [name=" + name + "]")).getAttribute("value");
	}

	String named(String name, Role role, Department department) {
		String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, name, Staff.PASSWORD, role, EnumSet.of(department), null, false);
		return username;
	}

	String json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful())
			.andReturn().getResponse().getContentAsString();
	}

	/** What a reader sees or hears: the visible text and the words of titles, labels and placeholders. */
	String readable() {
		return (String) browser.executeScript("""
				const words = [document.body.innerText, document.title];
				document.querySelectorAll('[title],[aria-label],[placeholder],[alt]').forEach(e => words.push(
				  e.getAttribute('title') || '', e.getAttribute('aria-label') || '', e.getAttribute('placeholder') || '',
				  e.getAttribute('alt') || ''));
				document.querySelectorAll('title').forEach(t => words.push(t.textContent));
				return words.join('\\n');
				""");
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void logIn(String username) {
		Browser.logIn(browser, port, username);
	}

	/** A PDF with the browser's session, as the browser's viewer would fetch it. */
	byte[] fetch(String path) throws Exception {
		String cookies = browser.manage().getCookies().stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
