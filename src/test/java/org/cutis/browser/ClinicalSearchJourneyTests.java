package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.support.CutisTest;
import org.cutis.support.PathologyFlow;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's full search in a real browser, in Korean: a dermatologist types two syllables of a
 * Hangul name, then an accession number, into the header box; the results are grouped under the
 * patient with the matched words marked, a click opens the record; the filters form narrows the
 * results without JavaScript's help; every word of the page is Korean; a 390 px phone shows it
 * without sideways scrolling.
 */
@CutisTest
class ClinicalSearchJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	PathologyFlow pathology;
	@Autowired
	PatientRegistration registration;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void headerSearchByNamePartAndAccessionGroupedHighlightedOpensTheRecordFiltersWork() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		StringBuilder name = new StringBuilder("윤");
		for (int i = 0; i < 2; i++) {
			name.appendCodePoint(0xAC00 + ThreadLocalRandom.current().nextInt(11172));
		}
		String part = name.substring(1);
		var patient = registration.register(new PatientDetails(name.toString(), null, Sex.FEMALE, LocalDate.of(1966, 2, 2),
				null, null, "ko", null, null, null, null));
		PathologyFlow.Signed signed = pathology.signed(derm, nurse, pathologist, patient, "melanoma",
				PathologyFlow.melanoma("0.5"));
		String accession = jdbc.queryForObject("select accession from specimen where id = ?", String.class,
				signed.specimenId());

		ChromeDriver browser = Browser.start();
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
			Browser.logIn(browser, port, derm);

			// two syllables of the name, typed into the header box
			browser.findElement(By.id("header-q")).sendKeys(part, Keys.ENTER);
			wait.until(ExpectedConditions.urlContains("/search?"));
			WebElement group = groupOf(browser, patient.toString());
			assertThat(group.findElements(By.cssSelector("mark")))
				.extracting(WebElement::getText).contains(part);
			assertThat(group.findElement(By.cssSelector("h2")).getText()).contains(name);
			Browser.screenshot(browser, "search-01-name-part");
			Browser.assertKorean(browser, "search by name");

			// the accession number: the specimen and its report, under the patient's name
			WebElement box = browser.findElement(By.id("header-q"));
			box.clear();
			box.sendKeys(accession, Keys.ENTER);
			wait.until(ExpectedConditions.urlContains(accession));
			group = groupOf(browser, patient.toString());
			assertThat(group.findElement(By.cssSelector("h2")).getText()).contains(name);
			List<String> links = group.findElements(By.cssSelector(".search-hits a")).stream()
				.map(a -> a.getAttribute("href")).toList();
			assertThat(links).anyMatch(h -> h.endsWith("/specimens/" + signed.specimenId()))
				.anyMatch(h -> h.endsWith("/specimens/" + signed.specimenId() + "/report"));
			assertThat(group.findElements(By.cssSelector("mark"))).extracting(WebElement::getText).contains(accession);
			Browser.screenshot(browser, "search-02-accession");
			Browser.assertKorean(browser, "search by accession");

			// a click opens the record
			group.findElement(By.cssSelector(".search-hits a[href$='/specimens/" + signed.specimenId() + "/report']"))
				.click();
			wait.until(ExpectedConditions.urlContains("/specimens/" + signed.specimenId() + "/report"));

			// the filters: a plain form (no script needed); the accession number's records that name melanoma
			browser.get("http://localhost:" + port + "/search?q=" + accession);
			new Select(browser.findElement(By.id("diagnosis"))).selectByValue("melanoma");
			new Select(browser.findElement(By.id("department"))).selectByValue("pathology");
			browser.findElement(By.cssSelector(".search-filters button[type=submit]")).click();
			wait.until(ExpectedConditions.urlContains("diagnosis=melanoma"));
			assertThat(new Select(browser.findElement(By.id("diagnosis"))).getFirstSelectedOption().getText())
				.isEqualTo("흑색종");
			assertThat(hrefs(browser)).anyMatch(h -> h.endsWith("/specimens/" + signed.specimenId() + "/report"));
			Browser.assertKorean(browser, "search filters");
			new Select(browser.findElement(By.id("diagnosis"))).selectByValue("bcc");
			browser.findElement(By.cssSelector(".search-filters button[type=submit]")).click();
			wait.until(ExpectedConditions.urlContains("diagnosis=bcc"));
			assertThat(hrefs(browser)).noneMatch(h -> h.contains("/specimens/" + signed.specimenId()));
			assertThat(browser.findElement(By.id("main")).getText()).contains("찾은 기록이 없습니다.");

			// a phone: 390 px wide, nothing scrolls sideways
			browser.manage().window().setSize(new Dimension(390, 844));
			browser.navigate().refresh();
			Long overflow = (Long) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			Browser.screenshot(browser, "search-03-phone");
			assertThat(overflow).isLessThanOrEqualTo(0L);
		}
		finally {
			browser.quit();
		}
	}

	private static List<String> hrefs(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".search-hits a")).stream().map(a -> a.getAttribute("href")).toList();
	}

	/** The result group whose heading or lines belong to the patient. */
	private static WebElement groupOf(ChromeDriver browser, String patientId) {
		return browser.findElements(By.cssSelector("section.search-group")).stream()
			.filter(g -> g.getAttribute("data-patient") != null && g.getAttribute("data-patient").equals(patientId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + patientId + " in " + Browser.visibleText(browser)));
	}
}
