package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cutis.identity.Role;
import org.cutis.patient.Rrn;
import org.cutis.patient.Sex;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
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
 * Issue 10, Korean hospital essentials at registration, as a clerk does them in Korean: a wrong
 * registration number is refused next to its field, a right one with medical aid and the special
 * co-payment is saved with a success message, the chart shows the number masked, the clerk reveals
 * it (audited), a nurse cannot, and an edit says it was saved.
 */
@CutisTest
class RegistrationEssentialsJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	JdbcTemplate jdbc;

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
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, username);
	}

	void type(String id, String text) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(text);
	}

	void date(String id, String value) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
	}

	@Test
	void registerWithTheNumberAndInsuranceInKoreanSeeItMaskedAndRevealItAsAPermittedRole() {
		String clerk = staff.create(Role.CLERK);
		String nurse = staff.create(Role.NURSE);
		LocalDate birth = LocalDate.of(1957, 4, 23);
		Rrn rrn = Rrn.of(birth, Sex.FEMALE, false, ThreadLocalRandom.current().nextInt(100_000));

		logIn(clerk);
		browser.get(url("/patients/new?lang=ko"));
		assertThat(browser.findElement(By.cssSelector("label[for=rrn]")).getText()).isEqualTo("주민등록번호");
		type("nameHangul", "정미숙");
		new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
		date("birthDate", birth.toString());
		// a man's number (seventh digit 1) for a woman: refused next to the field, in Korean
		type("rrn", "570423-1" + rrn.digits().substring(7));
		new Select(browser.findElement(By.id("insuranceType"))).selectByValue("MEDICAL_AID");
		browser.findElement(By.id("submit-registration")).click();
		Browser.screenshot(browser, "essentials-01-refused");
		assertThat(browser.findElement(By.id("rrn-error")).getText()).contains("주민등록번호").contains("성별");
		assertThat(browser.findElements(By.cssSelector(".field-error")).stream().map(e -> e.getText()).toList())
			.anyMatch(text -> text.contains("의료급여") && text.contains("종별"));

		type("rrn", rrn.formatted());
		new Select(browser.findElement(By.id("insuranceGrade"))).selectByValue("2");
		type("specialCopayNumber", "2023-0042001");
		date("specialCopayRegisteredOn", "2023-03-02");
		browser.findElement(By.id("submit-registration")).click();
		if (!browser.findElements(By.id("dup-heading")).isEmpty()) {
			browser.findElement(By.id("submit-registration")).click();
		}
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("registered"));
		Browser.screenshot(browser, "essentials-02-registered");
		assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText()).contains("환자를 등록했습니다");
		assertThat(browser.findElement(By.id("chart-rrn")).getText()).contains("570423-2******")
			.doesNotContain(rrn.digits().substring(7));
		assertThat(browser.findElement(By.id("chart-insurance")).getText()).isEqualTo("의료급여 2종");
		assertThat(browser.findElement(By.id("chart-special-copay")).getText()).contains("2028-03-02");
		String chart = browser.getCurrentUrl().replaceAll("\\?.*", "");
		UUID patientId = UUID.fromString(chart.substring(chart.lastIndexOf('/') + 1));

		// the clerk may see the whole number; each look is audited
		browser.findElement(By.id("reveal-rrn")).click();
		Browser.screenshot(browser, "essentials-03-revealed");
		assertThat(browser.findElement(By.id("chart-rrn")).getText()).contains(rrn.formatted());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where patient_id = ? and action = 'VIEW'"
				+ " and record_type = 'rrn' and username = ?", Integer.class, patientId, clerk)).isEqualTo(1);

		// an edit keeps the number, says it was saved
		browser.get(chart + "/edit");
		assertThat(browser.findElement(By.id("rrn")).getAttribute("value")).isEqualTo("570423-2******");
		new Select(browser.findElement(By.id("insuranceType"))).selectByValue("NATIONAL_HEALTH_INSURANCE");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("changed"));
		assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
			.isEqualTo("등록 정보를 저장했습니다.");
		assertThat(browser.findElement(By.id("chart-insurance")).getText()).isEqualTo("건강보험");
		assertThat(browser.findElement(By.id("chart-rrn")).getText()).contains("570423-2******");

		// a nurse sees it masked, without the button
		logIn(nurse);
		browser.get(chart + "?lang=ko");
		Browser.screenshot(browser, "essentials-04-nurse");
		assertThat(browser.findElement(By.id("chart-rrn")).getText()).contains("570423-2******");
		assertThat(browser.findElements(By.id("reveal-rrn"))).isEmpty();
	}
}
