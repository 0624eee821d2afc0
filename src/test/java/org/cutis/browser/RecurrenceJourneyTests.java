package org.cutis.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteSigned;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relapse suspected, on the Korean pages (issue 13): the dermatologist finds the open relapse work-up
 * from the menu, opens the re-biopsy order with its purpose set to recurrence, and, when imaging shows
 * distant disease, records the recurrence on the cancer's recurrence page (errors beside the fields);
 * the cancer page's section shows it. The visit note is published directly (its module is built beside).
 */
@CutisTest
class RecurrenceJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	SignedCancers cancers;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	PlatformTransactionManager transactions;

	ChromeDriver browser;
	WebDriverWait wait;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void relapseSuspectedIsOnTheWorklistAndARecurrenceIsRecordedOnTheCancer() throws Exception {
		SignedCancers.Signed s = cancers.melanoma("0.8", false);
		new TransactionTemplate(transactions).executeWithoutResult(tx -> publisher.publishEvent(new VisitNoteSigned(
				UUID.randomUUID(), UUID.randomUUID(), s.patientId(), s.dermatologist(), LocalDate.now(clock),
				VisitAssessment.RELAPSE_SUSPECTED, s.cancerId(), List.of(UUID.fromString(s.lesionId())),
				Instant.now(clock))));
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		Browser.logIn(browser, port, s.dermatologist());

		// the open work-up on the worklist, from the menu, with the order of the re-biopsy
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.findElement(By.cssSelector("nav.menu a[href='/relapse-workups']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			return !browser.findElements(By.id("relapse-workups")).isEmpty()
					&& browser.findElement(By.id("relapse-workups")).getText().contains(Clinic.HANGUL_NAME);
		});
		WebElement row = browser.findElements(By.cssSelector("#relapse-workups tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("재생검 처방 필요") && r.getText().contains(Clinic.HANGUL_NAME))
			.reduce((first, last) -> last)
			.orElseThrow();
		assertThat(row.getText()).contains("원발 병변", "진행 중", "흑색종");
		assertKorean("relapse work-ups");
		Browser.screenshot(browser, "recurrence-01-worklist");
		row.findElement(By.cssSelector("a.order-rebiopsy")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("purpose")));
		assertThat(new Select(browser.findElement(By.id("purpose"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("RECURRENCE");

		// distant disease on imaging: recorded on the cancer's recurrence page, errors beside the fields first
		open("/cancers/" + s.cancerId(), By.id("recurrence"));
		assertThat(text("recurrence")).contains("재생검 처방 필요");
		browser.findElement(By.id("recurrence-page")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-recurrence")));
		browser.findElement(By.id("record-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("extent-error")));
		assertThat(text("extent-error")).contains("재발 범위를 선택하세요");
		assertThat(text("detectedOn-error")).contains("발견일");
		new Select(browser.findElement(By.id("extent"))).selectByValue("distant");
		browser.executeScript("document.getElementById('detectedOn').value = arguments[0]",
				LocalDate.now(clock).format(DateTimeFormatter.ISO_LOCAL_DATE));
		browser.findElement(By.id("detail")).sendKeys("PET-CT 간 전이");
		browser.findElement(By.id("record-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
		assertThat(text("recurrences-title")).isEqualTo("재발 기록");
		assertThat(text("main")).contains("원격 재발", "임상 소견", "재발 확인");
		assertKorean("recurrences of the cancer");
		Browser.screenshot(browser, "recurrence-02-recorded");
		open("/cancers/" + s.cancerId(), By.id("recurrence"));
		assertThat(text("recurrence")).contains("원격 재발");
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}
}
