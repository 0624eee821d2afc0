package org.cutis.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.support.CutisTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site as a visitor uses it, in headless Chromium: the full menu opened and walked
 * with the keyboard, the skip link, the language switch and back, the site search in Korean, a
 * 390 px phone (nothing scrolls sideways), no English sentence on a Korean page, no script at all
 * (everything works without JavaScript), and axe-core (from the npm registry, see
 * src/test/resources/axe) on every public page in both languages with no serious or critical
 * violation. Screenshots in target/screenshots/public-*.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteJourneyTests {
	static final List<String> SLUGS = List.of("diagnosis", "treatment", "melanoma", "skin-care", "follow-up", "team",
			"appointments", "directions", "menu");

	@LocalServerPort
	int port;

	ChromeDriver browser;
	WebDriverWait wait;
	String axe;

	@BeforeAll
	void start() throws IOException {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@BeforeEach
	void wide() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Every public page: the Korean and English front pages and each section in both languages. */
	List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/en/", "/ko/search?q=%ED%9D%91%EC%83%89%EC%A2%85",
				"/en/search?q=melanoma", "/ko/search", "/ko/no-such-page"));
		for (String slug : SLUGS) {
			pages.add("/ko/" + slug);
			pages.add("/en/" + slug);
		}
		return pages;
	}

	@Test
	void theFullMenuOpensAndIsWalkedWithTheKeyboard() {
		browser.get(url("/"));
		Actions keys = new Actions(browser);
		// the first Tab of a freshly loaded page can reach a window that has no focus yet (seen on a
		// loaded CI machine: the page's body stayed active); Tab again until the skip link has it
		WebElement skip = wait.until(d -> {
			WebElement active = d.switchTo().activeElement();
			if ("본문 바로가기".equals(active.getText())) {
				return active;
			}
			keys.sendKeys(Keys.TAB).perform();
			return null;
		});
		assertThat(skip.getText()).isEqualTo("본문 바로가기");
		assertThat(skip.isDisplayed()).isTrue();
		keys.sendKeys(Keys.ENTER).perform();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

		WebElement summary = browser.findElement(By.cssSelector("details.full-menu > summary"));
		assertThat(browser.findElement(By.cssSelector("#full-menu a[href='/ko/melanoma']")).isDisplayed()).isFalse();
		// from the brand, tab to the menu's button (the language switch and staff login come first)
		browser.findElement(By.cssSelector(".public-brand")).sendKeys("");
		for (int i = 0; i < 6 && !summary.equals(browser.switchTo().activeElement()); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
		assertThat(summary.getText()).isEqualTo("전체 메뉴");
		keys.sendKeys(Keys.ENTER).perform();
		assertThat(browser.findElement(By.cssSelector("details.full-menu")).getAttribute("open")).isNotNull();
		WebElement melanoma = browser.findElement(By.cssSelector("#full-menu a[href='/ko/melanoma']"));
		assertThat(melanoma.isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#full-menu .menu-group-title")))
			.extracting(WebElement::getText)
			.containsExactly("센터 소개", "진단과 치료", "환자와 가족을 위한 안내", "진료 이용 안내", "전체 검색");
		Browser.screenshot(browser, "public-full-menu");
		// every section is one Tab away after another, in the menu's order
		keys.sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("/");
		for (int i = 0; i < 10 && !melanoma.equals(browser.switchTo().activeElement()); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.switchTo().activeElement()).isEqualTo(melanoma);
		keys.sendKeys(Keys.ENTER).perform();
		wait.until(ExpectedConditions.urlMatches("/ko/melanoma$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("흑색종 진료");
		assertThat(browser.getTitle()).isEqualTo("흑색종 진료 · 피부암·항암피부관리 센터");
		// the menu has a page of its own too
		browser.findElement(By.cssSelector("footer a[href='/ko/menu']")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("전체 메뉴");
		assertThat(browser.findElements(By.cssSelector("main h2")).size()).isEqualTo(5);
	}

	@Test
	void theLanguageSwitchKeepsThePage() {
		browser.get(url("/ko/melanoma"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
		WebElement english = browser.findElement(By.cssSelector("a.lang-switch"));
		assertThat(english.getText()).isEqualTo("English");
		assertThat(english.getAttribute("lang")).isEqualTo("en");
		english.click();
		wait.until(ExpectedConditions.urlMatches("/en/melanoma$"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Melanoma care");
		assertThat(browser.findElement(By.cssSelector("details.full-menu > summary")).getText()).isEqualTo("Full menu");
		WebElement korean = browser.findElement(By.cssSelector("a.lang-switch"));
		assertThat(korean.getAttribute("lang")).isEqualTo("ko");
		korean.click();
		wait.until(ExpectedConditions.urlMatches("/ko/melanoma$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("흑색종 진료");
		browser.get(url("/en/"));
		browser.findElement(By.cssSelector("a.lang-switch")).click();
		wait.until(ExpectedConditions.urlMatches(":" + port + "/$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("센터 소개");
	}

	@Test
	void theSiteSearchFindsKoreanWordsWithTheirForms() {
		browser.get(url("/"));
		browser.findElement(By.id("site-q")).sendKeys("흑색종이", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/ko/search"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("전체 검색");
		assertThat(browser.findElement(By.id("site-q-main")).getAttribute("value")).isEqualTo("흑색종이");
		List<WebElement> hits = browser.findElements(By.cssSelector(".search-hits li"));
		assertThat(hits).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".search-hits a")))
			.extracting(a -> a.getAttribute("href"))
			.anyMatch(href -> href.endsWith("/ko/melanoma"));
		assertThat(browser.findElements(By.cssSelector(".search-hits mark"))).extracting(WebElement::getText)
			.anyMatch(text -> text.startsWith("흑색"));
		Browser.screenshot(browser, "public-search");
		browser.findElement(By.id("site-q-main")).clear();
		browser.findElement(By.id("site-q-main")).sendKeys("<script>zzqx()</script>", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("script"));
		// the query is only the search box's text again: no element made of it, nothing found
		assertThat(browser.findElement(By.id("site-q-main")).getAttribute("value")).isEqualTo("<script>zzqx()</script>");
		assertThat((Long) browser.executeScript("return document.scripts.length")).isZero();
		assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText())
			.isEqualTo("찾는 말이 들어 있는 안내가 없습니다. 다른 말로 찾아보거나 전체 메뉴를 이용하세요.");
	}

	@Test
	void onAPhoneNothingScrollsSideways() {
		browser.manage().window().setSize(new Dimension(390, 844));
		Map<String, Long> wide = new LinkedHashMap<>();
		for (String page : pages()) {
			browser.get(url(page));
			Long overflow = (Long) browser.executeScript(
					"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
			if (overflow > 0) {
				wide.put(page, overflow);
			}
		}
		assertThat(wide).as("pages wider than a 390 px phone (px too wide)").isEmpty();
		browser.get(url("/ko/team"));
		browser.findElement(By.cssSelector("details.full-menu > summary")).click();
		assertThat(browser.findElement(By.cssSelector("#full-menu a[href='/ko/directions']")).isDisplayed()).isTrue();
		Long overflow = (Long) browser.executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
		assertThat(overflow).isZero();
		Browser.screenshot(browser, "public-phone-menu");
	}

	@Test
	void noScriptNoEnglishSentenceOnKoreanPagesAndTitlesAndHeadings() {
		Map<String, List<String>> english = new LinkedHashMap<>();
		for (String page : pages()) {
			browser.get(url(page));
			assertThat((Long) browser.executeScript("return document.scripts.length")).as("scripts on %s", page).isZero();
			assertThat(browser.findElements(By.tagName("h1"))).as("one h1 on %s", page).hasSize(1);
			assertThat(browser.getTitle()).as("title of %s", page).isNotBlank();
			String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
			assertThat(lang).isEqualTo(page.startsWith("/en/") ? "en" : "ko");
			if (lang.equals("ko")) {
				// what is marked as English (the switch) is not a Korean sentence
				String text = (String) browser.executeScript("""
						const body = document.body.cloneNode(true);
						body.querySelectorAll('[lang=en], [translate=no]').forEach(e => e.remove());
						document.body.appendChild(body);
						const text = body.innerText;
						body.remove();
						return text;
						""");
				List<String> words = LanguageJourneyTests.english(text);
				if (!words.isEmpty()) {
					english.put(page, words);
				}
			}
		}
		assertThat(english).as("English words on Korean public pages").isEmpty();
	}

	@Test
	void axeFindsNoSeriousViolationOnAnyPublicPage() {
		Map<String, String> violations = new LinkedHashMap<>();
		for (String page : pages()) {
			browser.get(url(page));
			check(page, violations);
		}
		// and with the full menu open
		browser.get(url("/ko/treatment"));
		browser.findElement(By.cssSelector("details.full-menu > summary")).click();
		check("/ko/treatment (menu open)", violations);
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url("/en/team"));
		check("/en/team (390 px)", violations);
		assertThat(violations).as("axe-core serious or critical violations").isEmpty();
	}

	private void check(String page, Map<String, String> violations) {
		browser.executeScript(axe);
		String found = (String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
				    .join('; ')))
				  .catch(e => done('axe failed: ' + e));
				""");
		if (found != null && !found.isEmpty()) {
			violations.put(page, found);
		}
	}
}
