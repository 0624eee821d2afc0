package org.cutis.browser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.staging.CancerDirectory;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
 * Every word in the reader's language: a clinician, a clerk and an administrator log in with
 * Korean, visit every page reachable from the menus and from the records a signed, staged melanoma
 * with a board case makes, and the visible text may hold no English word outside the allow-list
 * (codes, units, guideline names, accession numbers, the fixtures' own names). Text a page marks
 * {@code translate="no"} (a cited source, the CTCAE's own wording) is a quotation, not a sentence of
 * Cutis. The report PDF and the meeting packet in Korean are read the same way.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageJourneyTests {

	/** Words a Korean page may show in Latin letters: names of guidelines, systems, people and units. */
	static final Set<String> ALLOWED = Set.of(
			// units
			"mm", "cm", "Gy", "mL", "ml", "kg", "mg", "mm²", "cGy", "cm²",
			// staging and classification names, cited as such
			"Breslow", "Clark", "Mohs", "Merkel", "Bowen", "Cutis", "Tis", "TX", "NX", "MX", "is", "in", "situ",
			"Cancer", "Council", "Australia", "Stevens-Johnson", "Thesaurus", "Jambusaria-Pahlajani", "Karia",
			"Erythema", "multiforme", "syndrome", "Toxic", "epidermal", "necrolysis",
			// the fixtures' own names: patients ("HAN Garam") and staff ("Test dermatologist")
			"HAN", "Garam", "Test", "dermatologist", "nurse", "pathologist", "oncologist", "surgeon", "clerk", "admin",
			"radiation-oncologist",
			// the language switch names its languages in their own script
			"English", "EN", "KO",
			// AJCC's own prefixes written alone in a table heading: 임상(c), 병리(p)
			"c", "p",
			// a key on the keyboard
			"Enter",
			// recorded as typed: the fixtures' free text (histologic subtype, clinical history), the seeded
			// administrator's name and the system account's login id (names instead of login ids are
			// another part of the issue)
			"superficial", "spreading", "enlarging", "for", "months", "Administrator", "system");

	/** A PDF line citing its source ("출처: AJCC Cancer Staging Manual, ..."): a quotation. */
	static final Pattern CITATION = Pattern.compile("(?m)^\\s*(출처|Source):.*$");

	/** Tokens of Latin letters that are codes, not words: with a digit, all capitals, or a TNM category. */
	static final Pattern CODE = Pattern.compile("(?x) .*\\d.* | [A-Z][A-Z&/\\-]{0,24} | [pcyr]?[TNM](is|[0-4X][a-d]?)?"
			+ " | [pcyr][TNM][A-Za-z0-9]* | (0|I|II|III|IV)[A-D]?");

	static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9²\\-'’.]*[A-Za-z0-9²]|[A-Za-z]");

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
	CancerDirectory cancers;
	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;
	WebDriverWait wait;
	SignedCancers.Signed melanoma;
	String meetingId;
	String chair;
	String nurse;

	@BeforeAll
	void aSignedStagedMelanomaOnAMeetingsCaseList() throws Exception {
		melanoma = signedCancers.melanoma("1.5", false);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		meetingId = JsonPath.read(mvc.perform(post("/api/v1/tumor-board/meetings").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "피부암 다학제 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "본관 3층 회의실",
					 "chair": "%s"}
					""".formatted(Instant.now().plus(Duration.ofDays(4)), chair)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		String cancerId = melanoma.cancerId().toString();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !jdbc
			.queryForList("select id::text from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		String caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?::uuid", String.class,
				cancerId);
		mvc.perform(post("/api/v1/tumor-board/meetings/" + meetingId + "/cases").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseId\": \"%s\", \"question\": \"완결 림프절 절제 또는 보조 치료?\", \"ecog\": 0}".formatted(caseId)))
			.andExpect(status().isOk());
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aClinicianSeesNoEnglishSentence() {
		assertKorean(melanoma.dermatologist(), List.of("/cancers/" + melanoma.cancerId(),
				"/reports/" + melanoma.reportId(), "/lesions/" + melanoma.lesionId(), "/patients/" + melanoma.patientId(),
				"/tumor-board/meetings/" + meetingId, "/calculators"));
	}

	@Test
	void theChairAndThePathologistSeeNoEnglishSentence() {
		assertKorean(chair, List.of("/tumor-board/meetings/" + meetingId, "/cancers/" + melanoma.cancerId()));
		assertKorean(melanoma.pathologist(), List.of("/reports/" + melanoma.reportId()));
	}

	@Test
	void aClerkAndAnAdministratorSeeNoEnglishSentence() {
		assertKorean(staff.create(Role.CLERK, Department.ADMINISTRATION), List.of("/patients/" + melanoma.patientId()));
		assertKorean(staff.create(Role.ADMIN, Department.ADMINISTRATION), List.of("/admin/staff", "/admin/audit"));
	}

	@Test
	void theReportPdfAndTheMeetingPacketInKoreanHaveNoEnglishSentence() throws Exception {
		byte[] report = mvc.perform(get("/reports/" + melanoma.reportId() + "/report.pdf")
			.with(login.as(melanoma.dermatologist())).header("Accept-Language", "ko"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String reportText = CITATION.matcher(Pdf.text(report)).replaceAll("");
		assertThat(reportText).contains("pT2a");
		assertThat(english(reportText)).as("English in the report PDF").isEmpty();
		byte[] packet = mvc.perform(get("/tumor-board/meetings/" + meetingId + "/packet.pdf").with(login.as(chair))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(english(CITATION.matcher(Pdf.text(packet)).replaceAll(""))).as("English in the meeting packet").isEmpty();
	}

	@Test
	void theRulesApiExplainsInTheLanguageAskedForInTheSameShape() throws Exception {
		String body = "{\"breslowMm\": 0.75}";
		String english = mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(melanoma.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String korean = mvc.perform(post("/api/v1/rules/melanoma.t").with(login.as(melanoma.dermatologist()))
			.header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(english, "$.explanation[0]")).startsWith("0.75 mm is recorded as 0.8 mm");
		assertThat((String) JsonPath.read(korean, "$.explanation[0]")).isEqualTo("0.75 mm는 0.8 mm로 기록(0.1 mm 단위 반올림, AJCC 8판)");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(korean, "$").keySet())
			.containsExactly("result", "explanation", "source", "ruleSet");
	}

	@Test
	void aSaveSaysItSaved() throws Exception {
		String admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		String leaving = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(post("/admin/staff/" + leaving + "/disable").with(login.as(admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("saved", true));
		logIn(admin);
		browser.get("http://localhost:" + port + "/admin/staff");
		browser.findElement(By.cssSelector("form[action$='/" + leaving + "/enable'] button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
		assertThat(browser.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("저장했습니다.");
	}

	/** Issue 10: a value a rule refuses is explained in Korean on the calculator page, naming the field. */
	@Test
	void aRefusedValueIsExplainedInKoreanNextToItsField() {
		logIn(melanoma.dermatologist());
		browser.get("http://localhost:" + port + "/calculators");
		WebElement breslow = browser.findElement(By.id("melanoma-t-breslowMm"));
		breslow.clear();
		breslow.sendKeys("-1");
		browser.findElement(By.id("melanoma-t-submit")).click();
		WebElement error = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("melanoma-t-breslowMm-error")));
		assertThat(error.getText()).isEqualTo("Breslow 두께 (mm): Breslow 두께는 0에서 100 mm 사이여야 합니다.");
		assertThat(english(browser.findElement(By.id("card-melanoma-t")).getText())).as("English on the card").isEmpty();
	}

	/**
	 * Logs in with Korean and visits the menus' pages and {@code starts}, then every page linked from
	 * them (one of each kind: ids are folded), failing with every English word found, page by page.
	 */
	void assertKorean(String username, List<String> starts) {
		logIn(username);
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/home");
		browser.findElements(By.cssSelector("nav.menu a[href]")).forEach(a -> queue.add(path(a.getDomAttribute("href"))));
		queue.addAll(starts);
		Set<String> kinds = new LinkedHashSet<>();
		Map<String, List<String>> found = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < 45) {
			String path = queue.poll();
			if (path == null || !kinds.add(path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", ""))) {
				continue;
			}
			browser.get("http://localhost:" + port + path);
			visited++;
			if (!Boolean.TRUE.equals(browser.executeScript("return document.getElementById('main') != null"))) {
				continue; // not a page of ours (a file, an error without the layout)
			}
			List<String> words = english(visibleText());
			if (!words.isEmpty()) {
				found.put(path, words);
			}
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) browser.executeScript(
					"return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
			for (String href : links) {
				String next = path(href);
				if (next != null) {
					queue.add(next);
				}
			}
		}
		assertThat(visited).as("pages visited by %s", username).isGreaterThan(3);
		assertThat(found).as("English words on Korean pages for %s", username).isEmpty();
	}

	void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.manage().addCookie(new Cookie("cutis-lang", "ko"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD, Keys.ENTER);
		wait.until(ExpectedConditions.urlMatches("/home$"));
		browser.get("http://localhost:" + port + "/home?lang=ko");
	}

	/** A same-site page path worth visiting; null for files, the API, logout and the language switch. */
	String path(String href) {
		if (href == null || href.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(href.replace(" ", "%20"));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		if (uri.getHost() != null && !uri.getHost().equals("localhost")) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || path.isEmpty() || path.startsWith("/api") || path.endsWith(".pdf") || path.startsWith("/files")
				|| path.contains("/photos/") || path.equals("/logout") || path.startsWith("/swagger")
				|| path.startsWith("/v3/") || path.startsWith("/actuator") || (uri.getRawQuery() != null
						&& uri.getRawQuery().contains("lang="))) {
			return null;
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	String visibleText() {
		return Browser.visibleText(browser);
	}

	/** The English words of a text, each with a little context. */
	static List<String> english(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group();
			String bare = word.replaceAll("[.'’]+$", "");
			if (ALLOWED.contains(bare) || CODE.matcher(bare).matches()) {
				continue;
			}
			int from = Math.max(0, m.start() - 30);
			int to = Math.min(text.length(), m.end() + 30);
			words.add(word + " «" + text.substring(from, to).replace('\n', ' ') + "»");
		}
		return words;
	}
}
