package org.cutis.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Phones and tablets: every page of the pathway, opened by the role that works with it, at a
 * phone's 390×844 and a tablet's 768×1024. The page never scrolls sideways (a wide table scrolls
 * in its own box), the header takes at most 15 % of the screen, no table squeezes Korean to a
 * syllable per line, and the menu button opens and closes the menu (mouse and keyboard). And
 * the header menu of each role: what the role uses, nothing it may not open.
 * Screenshots in target/screenshots/mobile-*.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallScreenJourneyTests {
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
	JdbcTemplate jdbc;

	ChromeDriver browser;
	WebDriverWait wait;
	SignedCancers.Signed melanoma;
	String chair;
	String clerk;
	String admin;
	String patientAccount;
	String meetingId;
	String caseId;
	String waitingSpecimen;

	/** A page, who opens it, and an element that says it is the page asked for (not a refusal). */
	record Page(String name, String user, String path, String ready) {
	}

	@BeforeAll
	void realRecordsOnThePages() throws Exception {
		melanoma = signedCancers.melanoma("1.5", false);
		// the eligibility rules propose the case after the staging commits
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc.queryForList(
				"select id::text from board_case where cancer_id = ?", String.class, melanoma.cancerId()).isEmpty());
		caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?", String.class,
				melanoma.cancerId());
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		meetingId = JsonPath.read(json(melanoma.nurse(), "/api/v1/tumor-board/meetings", """
				{"title": "피부암 다학제 위원회 모바일", "scheduledAt": "%s", "cutOffHoursBefore": 24,
				 "place": "본관 3층 회의실", "chair": "%s"}
				""".formatted(Instant.now().plus(Duration.ofDays(4)), chair)), "$[0].id");
		json(melanoma.nurse(), "/api/v1/tumor-board/meetings/" + meetingId + "/cases",
				"{\"caseId\": \"%s\"}".formatted(caseId));
		// a second lesion of the patient waits on the pathologist's worklist
		waitingSpecimen = signedCancers.receivedNewLesion(melanoma, "bcc").specimenId();
		clerk = staff.create(Role.CLERK);
		admin = staff.create(Role.ADMIN);
		patientAccount = staff.createPatientAccount(melanoma.patientId());
		json(clerk, "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
				 "reason": "suspected-skin-cancer", "urgency": "routine", "note": "왼쪽 어깨의 색소 병변"}
				""".formatted(melanoma.patientId()));
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	List<Page> pages() {
		String derm = melanoma.dermatologist();
		String nurse = melanoma.nurse();
		String pathologist = melanoma.pathologist();
		UUID patient = melanoma.patientId();
		return List.of(new Page("site", null, "/", "main h1"), new Page("login", null, "/login", "#username"),
				new Page("home", derm, "/home", ".tiles"), new Page("chart", derm, "/patients/" + patient, "#chart-name"),
				new Page("body-map", derm, "/patients/" + patient + "/lesions", ".bodymap"),
				new Page("lesion", derm, "/lesions/" + melanoma.lesionId(), "#lesion-label"),
				new Page("cancer", derm, "/cancers/" + melanoma.cancerId(), "#cancer-title"),
				new Page("report", derm, "/specimens/" + melanoma.specimenId() + "/report", "main h1"),
				new Page("workup", derm, "/workup", "main h1"),
				new Page("calculators", derm, "/calculators", ".calc-card"),
				new Page("board-case", chair, "/tumor-board/cases/" + caseId, "#case-title"),
				new Page("specimen", nurse, "/specimens/" + melanoma.specimenId(), "#specimen-steps"),
				new Page("path-log", nurse, "/path-log", "#pathlog"),
				new Page("referrals", nurse, "/referrals", "table.worklist"),
				new Page("tumor-board", nurse, "/tumor-board", "#upcoming-title"),
				new Page("meeting", nurse, "/tumor-board/meetings/" + meetingId, "#case-list"),
				new Page("action-items", nurse, "/action-items", "main h1"),
				new Page("search", clerk, "/patients/search?q=" + Clinic.HANGUL_NAME, "table.results"),
				new Page("register", clerk, "/patients/new", "#submit-registration"),
				new Page("pathology-worklist", pathologist, "/pathology/worklist", "#pathology-worklist"),
				new Page("report-form", pathologist, "/specimens/" + waitingSpecimen + "/report", "#report-form"),
				new Page("audit", admin, "/admin/audit", "table.audit"),
				new Page("staff", admin, "/admin/staff", "main table"),
				new Page("my-chart", patientAccount, "/patients/" + patient, "#chart-name"));
	}

	@Test
	void everyPageFitsAPhone() {
		everyPageFits(390, 844, "phone");
	}

	@Test
	void everyPageFitsATablet() {
		everyPageFits(768, 1024, "tablet");
	}

	void everyPageFits(int width, int height, String device) {
		viewport(width, height);
		List<String> problems = new ArrayList<>();
		String user = "";
		for (Page page : pages()) {
			if (!String.valueOf(page.user()).equals(user)) {
				logIn(page.user());
				user = String.valueOf(page.user());
			}
			browser.get(url(page.path()));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page.ready())));
			Browser.screenshot(browser, "mobile-" + device + "-" + page.name());
			problems.addAll(layoutProblems(page.name(), width, height));
			if (!page.name().equals("site")) {
				// the public site has its own full menu (a disclosure that needs no script): PublicSiteJourneyTests
				problems.addAll(menuButtonProblems(page.name(), device));
			}
			if (page.name().equals("home")) {
				problems.addAll(withoutScriptProblems(width, height, device));
			}
		}
		assertThat(problems).as("at %d×%d", width, height).isEmpty();
	}

	/** Sideways scrolling, the header's share of the screen, table cells too narrow for Korean. */
	@SuppressWarnings("unchecked")
	List<String> layoutProblems(String page, int width, int height) {
		Map<String, Object> m = (Map<String, Object>) browser.executeScript("""
				const vw = window.innerWidth;
				const header = document.querySelector('.site-header');
				// what sticks out of the screen, outside a box that scrolls it
				const wide = [];
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.width === 0 || r.right <= document.documentElement.clientWidth + 1) continue;
				  let scrolled = false;
				  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				    const o = getComputedStyle(p).overflowX;
				    if (o === 'auto' || o === 'scroll' || o === 'hidden') { scrolled = true; break; }
				  }
				  if (!scrolled && !e.closest('.skip-link')) wide.push(e);
				}
				// name the innermost ones: the cause, not every box around it
				const named = wide.filter(e => !wide.some(o => o !== e && e.contains(o))).map(e => e.tagName.toLowerCase()
				    + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
				    + ' ' + Math.round(e.getBoundingClientRect().right));
				// a cell with three or more Hangul syllables narrower than three of them: Korean squeezed
				const narrow = [];
				for (const c of document.querySelectorAll('td, th')) {
				  if (c.getClientRects().length === 0 || !/[가-힣].*[가-힣].*[가-힣]/.test(c.innerText)) continue;
				  const s = getComputedStyle(c);
				  const content = c.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
				  if (content < 2.5 * parseFloat(s.fontSize)) narrow.push(c.innerText.trim().slice(0, 20) + ' ' + Math.round(content) + 'px');
				}
				// a date or time alone in its cell (or a <time>) on two lines: broken at its hyphen
				const broken = [];
				for (const c of document.querySelectorAll('td, th, time')) {
				  const t = c.innerText.trim();
				  if (c.getClientRects().length === 0 || !/^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?$/.test(t)) continue;
				  const range = document.createRange();
				  range.selectNodeContents(c);
				  const lines = new Set(Array.from(range.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.bottom)));
				  if (lines.size > 1) broken.push(t);
				}
				return {scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, broken: broken.slice(0, 8),
				  clientWidth: document.documentElement.clientWidth,
				  innerHeight: window.innerHeight, header: header ? header.getBoundingClientRect().height : 0,
				  wide: named.slice(0, 8), narrow: narrow.slice(0, 8)};
				""");
		List<String> problems = new ArrayList<>();
		// the layout viewport is the device's width (meta viewport); a phone zooms out a page wider than
		// it, and then innerWidth grows with it: compare with the device's width
		assertThat(((Number) m.get("clientWidth")).longValue()).as("the layout viewport").isEqualTo(width);
		long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
		long innerWidth = ((Number) m.get("innerWidth")).longValue();
		if (scrollWidth > width || innerWidth > width) {
			problems.add(page + ": the page scrolls sideways (" + scrollWidth + " > " + width + "): " + m.get("wide"));
		}
		double header = ((Number) m.get("header")).doubleValue();
		if (header > 0.15 * height) {
			problems.add(page + ": the header is " + Math.round(header) + " px of " + height);
		}
		if (!((List<?>) m.get("broken")).isEmpty()) {
			problems.add(page + ": dates broken over two lines " + m.get("broken"));
		}
		if (!((List<?>) m.get("narrow")).isEmpty()) {
			problems.add(page + ": Korean squeezed in table cells " + m.get("narrow"));
		}
		return problems;
	}

	/** The menu button opens the menu (its entries tappable) and closes it again; Escape closes it too. */
	List<String> menuButtonProblems(String page, String device) {
		List<String> problems = new ArrayList<>();
		WebElement button = browser.findElement(By.id("menu-button"));
		WebElement panel = browser.findElement(By.id("site-menu"));
		if (!button.isDisplayed() || panel.isDisplayed()) {
			return List.of(page + ": the menu is not folded behind its button");
		}
		if (button.getSize().getHeight() < 44 || button.getSize().getWidth() < 44) {
			problems.add(page + ": the menu button is smaller than 44 px " + button.getSize());
		}
		button.click();
		if (!panel.isDisplayed() || !"true".equals(button.getAttribute("aria-expanded"))) {
			return List.of(page + ": the menu button does not open the menu");
		}
		if (page.equals("home") || page.equals("login")) {
			Browser.screenshot(browser, "mobile-" + device + "-" + page + "-menu-open");
		}
		for (WebElement a : panel.findElements(By.cssSelector("nav.menu a"))) {
			if (a.getSize().getHeight() < 44) {
				problems.add(page + ": menu entry " + a.getText() + " is " + a.getSize().getHeight() + " px high");
			}
		}
		button.click();
		if (panel.isDisplayed() || !"false".equals(button.getAttribute("aria-expanded"))) {
			problems.add(page + ": a second tap does not fold the menu");
		}
		// the keyboard: Enter opens it, Tab goes on to its first entry, Escape folds it back to the button
		button.sendKeys(Keys.ENTER);
		boolean opened = panel.isDisplayed();
		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement first = panel.findElements(By.cssSelector("a, button")).get(0);
		boolean onFirst = first.equals(browser.switchTo().activeElement());
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		if (!opened || !onFirst || panel.isDisplayed() || !"false".equals(button.getAttribute("aria-expanded"))
				|| !button.equals(browser.switchTo().activeElement())) {
			problems.add(page + ": the keyboard does not open the menu, reach its entries and fold it with Escape");
		}
		return problems;
	}

	/**
	 * Without JavaScript (menu.js marks the page before it is drawn): no button, the menu is a row
	 * that scrolls sideways in its own box, and the header still fits.
	 */
	List<String> withoutScriptProblems(int width, int height, String device) {
		browser.executeScript("document.documentElement.classList.remove('js-menu')");
		Browser.screenshot(browser, "mobile-" + device + "-home-without-script");
		List<String> problems = new ArrayList<>();
		if (browser.findElement(By.id("menu-button")).isDisplayed()
				|| !browser.findElement(By.cssSelector("nav.menu a")).isDisplayed()) {
			problems.add("without script: the menu is not shown as a row");
		}
		problems.addAll(layoutProblems("home without script", width, height));
		browser.navigate().refresh();
		return problems;
	}

	@Test
	void eachRoleSeesTheMenuOfItsWork() throws Exception {
		viewport(1280, 1000);
		String patient = "/patients/" + melanoma.patientId();
		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(melanoma.dermatologist(), List.of("/home", "/referrals", "/path-log", "/workup", "/tumor-board",
				"/action-items", "/clinic", "/clinic-sessions", "/treatment-worklist", "/skin-prophylaxis", "/relapse-workups", "/calculators",
				"/account/password"));
		expected.put(staff.create(Role.SURGEON), List.of("/home", "/path-log", "/workup", "/tumor-board",
				"/action-items", "/clinic", "/clinic-sessions", "/treatment-worklist", "/relapse-workups", "/calculators",
				"/account/password"));
		expected.put(chair, List.of("/home", "/workup", "/tumor-board", "/action-items", "/clinic", "/clinic-sessions",
				"/treatment-worklist",
				"/oncology-recommendations", "/calculators", "/account/password"));
		expected.put(staff.create(Role.RADIATION_ONCOLOGIST), List.of("/home", "/workup", "/tumor-board",
				"/action-items", "/clinic", "/clinic-sessions", "/treatment-worklist", "/oncology-recommendations",
				"/calculators", "/account/password"));
		// no calculators, registration, triage, work-up or path log: the pathologist works from the worklist
		expected.put(melanoma.pathologist(),
				List.of("/home", "/pathology/worklist", "/tumor-board", "/action-items", "/account/password"));
		expected.put(melanoma.nurse(), List.of("/home", "/patients/new", "/referrals", "/path-log", "/recall", "/workup",
				"/tumor-board", "/action-items", "/clinic", "/calculators", "/account/password"));
		// registration, not triage or calculators
		expected.put(clerk, List.of("/home", "/patients/new", "/recall", "/action-items", "/clinic", "/clinic-sessions",
				"/account/password"));
		expected.put(admin, List.of("/home", "/action-items", "/admin/staff", "/admin/audit", "/account/password"));
		// a patient: their own chart only
		expected.put(patientAccount, List.of("/home", patient, "/account/password"));

		for (var role : expected.entrySet()) {
			logIn(role.getKey());
			List<String> menu = browser.findElements(By.cssSelector("nav.menu a"))
				.stream()
				.map(a -> a.getDomAttribute("href"))
				.toList();
			assertThat(menu).as(role.getKey()).isEqualTo(role.getValue());
			// the start page's tiles are the same entries
			List<String> tiles = browser.findElements(By.cssSelector(".tiles a"))
				.stream()
				.filter(WebElement::isDisplayed)
				.map(a -> a.getDomAttribute("href"))
				.toList();
			assertThat(tiles).as(role.getKey() + " tiles")
				.isEqualTo(role.getValue().subList(1, role.getValue().size() - 1));
			// and every entry opens for the role
			for (String href : menu) {
				var answer = mvc.perform(get(href).with(login.as(role.getKey()))).andReturn().getResponse();
				if (answer.getStatus() == 302) {
					// "My clinic" takes a doctor who holds clinics straight to their own list
					assertThat(answer.getRedirectedUrl()).as(href).startsWith("/clinics/");
					mvc.perform(get(answer.getRedirectedUrl()).with(login.as(role.getKey()))).andExpect(status().isOk());
				}
				else {
					assertThat(answer.getStatus()).as(href).isEqualTo(200);
				}
			}
			Browser.screenshot(browser, "mobile-menu-" + role.getKey().replaceAll("-[0-9a-f]{8}$", ""));
		}
		// the patient finds no one else: no patient search in the header
		assertThat(browser.findElements(By.id("header-q"))).isEmpty();
	}

	/** The size of the page's layout viewport, as a phone or tablet reports it (the page's meta viewport applies). */
	void viewport(int width, int height) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 1000));
	}

	String json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void logIn(String username) {
		browser.manage().deleteAllCookies();
		if (username == null || "null".equals(username)) {
			return;
		}
		Browser.logIn(browser, port, username);
	}
}
