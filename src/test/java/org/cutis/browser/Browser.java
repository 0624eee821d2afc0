package org.cutis.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cutis.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its own chromedriver; nothing is downloaded. The flags keep
 * Chromium from reaching for the network, which this machine does not have.
 */
final class Browser {
	private Browser() {
	}

	static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=ko-KR");
		ChromeDriver driver = new ChromeDriver(options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Logs in on the login page with the test password and waits for the start page. */
	static void logIn(ChromeDriver driver, int port, String username) {
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Staff.PASSWORD, Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/home$"));
	}

	static void screenshot(ChromeDriver driver, String name) {
		try {
			Path dir = Path.of("target/screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The page's visible text without the quotations marked translate="no" (what the language checks read). */
	static String visibleText(ChromeDriver driver) {
		return (String) driver.executeScript("""
				const main = document.body.cloneNode(true);
				main.querySelectorAll('[translate=no], script, style, noscript, template').forEach(e => e.remove());
				document.body.appendChild(main);
				main.style.position = 'absolute';
				const text = main.innerText;
				main.remove();
				return text;
				""");
	}

	/** Fails with the English words (each in its context) left on a Korean page. */
	static void assertKorean(ChromeDriver driver, String page) {
		assertThat(LanguageJourneyTests.english(visibleText(driver))).as("English words on the Korean %s page", page).isEmpty();
	}
}
