package org.cutis.browser;

import java.time.Duration;
import java.util.Random;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk does first with a patient, in a real browser: log in, register with a Hangul name,
 * find them by two Hangul letters from the header, open the chart, switch to English; then an
 * administrator finds that chart view in the audit log.
 */
@CutisTest
class RegistrationJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;

	ChromeDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void logIn(String username) {
		Browser.logIn(browser, port, username);
	}

	@Test
	void registerFindOpenSwitchToEnglishAndAudit() {
		String clerk = staff.create(Role.CLERK);
		String admin = staff.create(Role.ADMIN);
		Random random = new Random();
		String prefix = "" + (char) (0xB098 + random.nextInt(600)) + (char) (0xC544 + random.nextInt(600));
		String hangulName = prefix + "영";

		logIn(clerk);
		// keyboard only: the skip link is the first stop of the tab order
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("skip-link");

		browser.findElement(By.cssSelector("nav.menu a[href='/patients/new']")).click();
		browser.findElement(By.id("nameHangul")).sendKeys(hangulName);
		browser.findElement(By.id("nameLatin")).sendKeys("CHOI Test");
		new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
		WebElement birthDate = browser.findElement(By.id("birthDate"));
		browser.executeScript("arguments[0].value = '1962-08-15'", birthDate);
		browser.findElement(By.id("phone")).sendKeys("010-2345-6789");
		browser.findElement(By.id("submit-registration")).click();
		if (!browser.findElements(By.id("dup-heading")).isEmpty()) {
			browser.findElement(By.id("submit-registration")).click();
		}
		Browser.screenshot(browser, "01-chart-after-registration");
		String mrn = browser.findElement(By.cssSelector(".chart-header .mrn")).getText();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/patients/"));
		assertThat(mrn).matches("\\d{8}");
		String chartUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

		WebElement search = browser.findElement(By.id("header-q"));
		search.sendKeys(prefix, Keys.ENTER);
		Browser.screenshot(browser, "02-search-results");
		// the header's full search (issue 14): the patient's line names them with the MRN
		browser.findElement(By.partialLinkText(mrn)).click();
		assertThat(browser.findElement(By.id("chart-name")).getText()).contains(hangulName);
		assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("경과");

		browser.findElement(By.cssSelector("nav.lang a[lang=en]")).click();
		assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("Timeline");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		Browser.screenshot(browser, "03-chart-in-english");

		browser.findElement(By.cssSelector(".user button")).click();
		logIn(admin);
		// the language was remembered for the clerk, not forced on the administrator (whose audit log is Korean)
		browser.get(url("/admin/audit?patientId=" + chartUrl.substring(chartUrl.lastIndexOf('/') + 1)
				+ "&action=VIEW&user=" + clerk));
		Browser.screenshot(browser, "04-audit-log");
		assertThat(browser.findElements(By.cssSelector("table.audit tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("table.audit tbody tr td.action")).getText()).isEqualTo("열람");

		// the clerk's choice of English comes back at the clerk's next login
		browser.findElement(By.cssSelector(".user button")).click();
		browser.manage().deleteAllCookies();
		logIn(clerk);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}
}
