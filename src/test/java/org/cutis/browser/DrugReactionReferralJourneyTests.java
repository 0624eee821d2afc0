package org.cutis.browser;

import java.time.LocalDate;
import java.util.List;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.Sex;
import org.cutis.support.CutisTest;
import org.cutis.support.Registrations;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, in Korean: an oncologist refers a pembrolizumab patient with mucosal erosions and skin
 * detachment. The red flags make the routine referral urgent and a possible SJS/TEN: first on the
 * nurse's triage worklist, and the warning on the referral and the chart for the nurse and the
 * dermatologist. Every word on these pages is Korean (drug names too).
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrugReactionReferralJourneyTests {
	static final String SCAR = "중증 피부이상반응(SJS/TEN, DRESS) 가능성";

	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Registrations registrations;

	ChromeDriver browser;
	String oncologist;
	String nurse;
	String dermatologist;
	String patientId;
	String patientName;

	@BeforeAll
	void setUp() {
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		patientName = "한지우" + (char) (0xAC00 + (int) (Math.random() * 2000));
		patientId = registrations.register(patientName, Sex.FEMALE, LocalDate.parse("1958-05-20"));
		browser = Browser.start();
	}

	@AfterAll
	void close() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void logInAs(String username) {
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, port, username);
	}

	@Test
	void aPembrolizumabPatientWithMucosalErosionsAndSkinDetachmentIsFlaggedAsAPossibleSjsTenAtIntake() {
		// the treating oncologist refers from the chart, choosing "routine"
		logInAs(oncologist);
		browser.get(url("/patients/" + patientId));
		browser.findElement(By.cssSelector("a[href='/patients/" + patientId + "/referrals/new']")).click();
		assertKorean("intake");
		List<String> drugOptions = new Select(browser.findElement(By.id("drugs"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(drugOptions).contains("펨브롤리주맙 · 면역관문억제제", "세툭시맙 · EGFR 억제제");
		browser.findElement(By.cssSelector("input[name=sourceKind][value=INTERNAL]")).click();
		new Select(browser.findElement(By.id("sourceDepartment"))).selectByValue("hematology-oncology");
		browser.findElement(By.cssSelector("input[name=reason][value=SKIN_PROBLEM_DURING_CANCER_TREATMENT]")).click();
		new Select(browser.findElement(By.id("drugs"))).selectByValue("pembrolizumab");
		Select oncologists = new Select(browser.findElement(By.id("oncologist")));
		oncologists.selectByValue(oncologist);
		assertThat(oncologists.getFirstSelectedOption().getText()).doesNotContain(oncologist).contains("Test oncologist");
		browser.findElement(By.cssSelector("input[name=redFlags][value=MUCOSAL_INVOLVEMENT]")).click();
		browser.findElement(By.cssSelector("input[name=redFlags][value=SKIN_DETACHMENT]")).click();
		assertThat(browser.findElement(By.cssSelector("input[name=urgency][value=ROUTINE]")).isSelected()).isTrue();
		browser.findElement(By.id("note")).sendKeys("펨브롤리주맙 3주기 후 구강 미란, 몸통 물집과 표피 박리");
		Browser.screenshot(browser, "drug-reaction-01-intake");
		browser.findElement(By.cssSelector("#main form button[type=submit]")).click();
		assertThat(browser.getCurrentUrl()).contains("/patients/" + patientId);
		assertThat(browser.findElement(By.cssSelector(".scar-warning")).getText()).contains(SCAR, "점막 침범",
				"물집 또는 피부 박리");

		// the nurse: first on the worklist, urgent, with the warning
		logInAs(nurse);
		browser.get(url("/referrals"));
		assertKorean("worklist");
		List<WebElement> rows = browser.findElements(By.cssSelector("table.worklist tbody tr"));
		int mine = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getText().contains(patientName)) {
				mine = i;
			}
		}
		assertThat(mine).isNotNegative();
		// only red-flag referrals (possibly of other tests) may come before it, and every red-flag one precedes the rest
		for (int i = 0; i <= mine; i++) {
			assertThat(rows.get(i).getText()).contains(SCAR);
		}
		assertThat(rows.get(mine).getText()).contains("긴급", "항암 치료 중 피부 문제");
		assertThat(rows.get(0).getText()).contains(SCAR);
		Browser.screenshot(browser, "drug-reaction-02-worklist");
		rows.get(mine).findElement(By.cssSelector("a")).click();
		assertReferralPage();
		browser.get(url("/patients/" + patientId));
		assertThat(browser.findElement(By.cssSelector(".scar-warning")).getText()).contains(SCAR);
		assertKorean("chart (nurse)");

		// the dermatologist sees the same warning on the referral and the chart
		logInAs(dermatologist);
		browser.get(url("/patients/" + patientId));
		assertThat(browser.findElement(By.cssSelector(".scar-warning")).getText()).contains(SCAR);
		browser.findElement(By.cssSelector(".scar-warning a")).click();
		assertReferralPage();
		Browser.screenshot(browser, "drug-reaction-03-referral");
	}

	void assertReferralPage() {
		assertThat(browser.findElement(By.id("scar-warning")).getText()).contains(SCAR, "점막 침범", "물집 또는 피부 박리");
		assertThat(browser.findElement(By.id("referral-urgency")).getText()).contains("긴급",
				"경고 징후가 있어 의뢰자가 고른 일반에서 긴급으로 올렸습니다");
		assertThat(browser.findElement(By.id("referral-drugs")).getText()).contains("펨브롤리주맙", "면역관문억제제")
			.doesNotContain("Pembrolizumab");
		assertThat(browser.findElement(By.id("referral-oncologist")).getText()).contains("Test oncologist")
			.doesNotContain(oncologist);
		assertKorean("referral");
	}

	/** No English sentence on the page, quotations (translate="no") aside: LanguageJourneyTests' rule. */
	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}
}
