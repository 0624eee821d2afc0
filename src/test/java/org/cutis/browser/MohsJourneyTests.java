package org.cutis.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's Mohs journey in a real browser, in Korean: a high-risk nodular BCC of the nose (a signed
 * report, as the clinic makes one) → a Mohs case the criteria rate appropriate → stage 1 with one
 * positive block at 3 o'clock marked on the round map with the mouse and the keyboard → stage 2 all
 * clear → a bilobed flap → the operative report signed with the password → its PDF, Hangul read back.
 */
@CutisTest
class MohsJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	SignedCancers cancers;

	ChromeDriver browser;
	WebDriverWait wait;
	Signed bcc;

	@BeforeEach
	void nodularBccOfTheNose() throws Exception {
		bcc = cancers.signedAt("head", "nose", 12, "bcc", """
				{"diagnosis": "bcc", "bccSubtypes": "nodular"}
				""");
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
	void nodularBccOfTheNoseThroughTwoStagesAFlapAndASignedOperativeReport() throws Exception {
		Browser.logIn(browser, port, bcc.dermatologist());

		// the opening form rates the case from the pathology (nodular) and the lesion (nose, 12 mm)
		open("/mohs-cases/new?lesionId=" + bcc.lesionId(), By.id("auc-value"));
		assertThat(browser.findElement(By.id("auc-value")).getAttribute("class")).contains("auc-appropriate");
		assertThat(browser.findElement(By.id("auc-value")).getText()).contains("적절").contains("H");
		assertThat(new Select(browser.findElement(By.id("tumor"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("bcc-nodular");
		assertThat(browser.findElement(By.id("auc-explanation")).getText()).contains("코");
		Browser.screenshot(browser, "mohs-01-auc-appropriate");
		browser.findElement(By.id("open-case")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		String caseUrl = browser.getCurrentUrl();

		// stage 1: the layer in six blocks; block 2 (2 to 4 o'clock) is positive at 3 o'clock
		new Select(browser.findElement(By.id("blocks"))).selectByValue("6");
		browser.findElement(By.id("divide")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("next-map-block-6")));
		WebElement atThree = browser.findElement(By.id("next-map-block-2"));
		assertThat(atThree.getAttribute("aria-label")).contains("2시에서 4시");
		atThree.click();
		assertThat(new Select(browser.findElement(By.id("margin-1"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("peripheral");
		// the keyboard cycles it on: Space to deep, Space back to clear, Enter to peripheral
		browser.executeScript("arguments[0].focus()", atThree);
		new Actions(browser).sendKeys(Keys.SPACE).perform();
		assertThat(atThree.getAttribute("class")).contains("margin-deep");
		new Actions(browser).sendKeys(Keys.SPACE).perform();
		assertThat(atThree.getAttribute("class")).contains("margin-clear");
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		assertThat(atThree.getAttribute("class")).contains("margin-peripheral");
		assertThat(atThree.getAttribute("aria-label")).contains("측면 절제연 종양");
		assertThat(new Select(browser.findElement(By.id("margin-1"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("peripheral");
		browser.findElement(By.id("frozenSectionMinutes")).sendKeys("35");
		Browser.screenshot(browser, "mohs-02-stage-1-marked");
		browser.findElement(By.id("record-stage")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1")));
		assertThat(browser.findElement(By.cssSelector("#stage-1 .stage-result")).getAttribute("class")).contains("positive");
		assertThat(browser.findElement(By.id("map-1-block-2")).getAttribute("class")).contains("margin-peripheral");

		// stage 2 takes only the positive block's arc; all clear
		assertThat(browser.findElements(By.cssSelector("#next-map path.sector"))).hasSize(1);
		assertThat(browser.findElement(By.id("margin-0")).getAttribute("value")).isEqualTo("clear");
		browser.findElement(By.id("frozenSectionMinutes")).sendKeys("25");
		browser.findElement(By.id("record-stage")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-2")));
		assertThat(browser.findElement(By.cssSelector("#stage-2 .stage-result")).getText()).contains("모든 절제연 음성");
		// no third stage after an all-clear one: the form is gone, the closure is offered
		assertThat(browser.findElements(By.id("stage-form"))).isEmpty();
		assertThat(browser.findElement(By.id("stages-title")).getText()).contains("2개").contains("60분");

		// a bilobed flap closes the 18 x 14 mm defect
		browser.findElement(By.id("defectLengthMm")).sendKeys("18");
		browser.findElement(By.id("defectWidthMm")).sendKeys("14");
		new Select(browser.findElement(By.id("closure-kind"))).selectByValue("flap");
		new Select(browser.findElement(By.id("flapType"))).selectByValue("bilobed");
		browser.findElement(By.id("record-closure")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("closure-text")));
		assertThat(browser.findElement(By.id("closure-text")).getText()).contains("피판").contains("이엽 피판");
		assertThat(browser.findElement(By.id("defect")).getText()).isEqualTo("18 × 14 mm");

		// the operative report, signed with the password again
		browser.findElement(By.id("report-password")).sendKeys(Staff.PASSWORD);
		browser.findElement(By.id("sign-report")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
		assertThat(browser.findElement(By.id("signed")).getText()).contains("비밀번호").doesNotContain(bcc.dermatologist());
		assertThat(browser.findElements(By.id("sign-form"))).isEmpty();
		Browser.screenshot(browser, "mohs-03-signed");

		byte[] pdf = fetch(browser.findElement(By.id("report-pdf")).getAttribute("href"));
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/mohs-operative-report.pdf"), pdf);
		assertThat(Pdf.text(pdf)).contains("모스 수술 기록")
			.contains(Clinic.HANGUL_NAME)
			.contains("1단계")
			.contains("2단계")
			.contains("측면 절제연 종양")
			.contains("이엽 피판")
			.contains("18 × 14 mm")
			.contains("적절");

		// at 390 px the case page fits the phone: nothing wider than the screen but the tables' own scroll
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(caseUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-2")));
		Long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(width).isLessThanOrEqualTo(390L);
		Browser.screenshot(browser, "mohs-04-phone");
	}

	void open(String path, By ready) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
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
