package org.cutis.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.Clinic;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic day on the Korean pages (issue 13): the nurse books a patient into the dermatologist's
 * session from the clinic list, the doctor finds the patient on "My clinic" with a link to the visit
 * note, the nurse marks the patient arrived; the sessions page records the doctor's leave. No English
 * word on the way.
 */
@CutisTest
class ClinicJourneyTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	ClinicSchedule schedule;
	@Autowired
	PatientDirectory patients;
	@Autowired
	TestClock clock;

	ChromeDriver browser;
	WebDriverWait wait;
	String nurse;
	String doctor;
	UUID patient;
	String mrn;
	LocalDate day;

	@BeforeEach
	void aSessionTomorrowMorning() {
		nurse = staff.create(Role.NURSE, Department.NURSING);
		doctor = staff.create(Role.DERMATOLOGIST);
		patient = clinic.patient();
		mrn = patients.find(patient).orElseThrow().mrn();
		day = LocalDate.now(clock).plusDays(1);
		schedule.open(doctor, day, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0), 12);
		// the clinic day itself: arrival is marked on the day
		clock.travelTo(day.atTime(9, 5).atZone(ZoneId.systemDefault()).toInstant());
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		clock.reset();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theNurseBooksTheDoctorSeesThePatientOnTheirListAndTheNurseMarksArrival() {
		Browser.logIn(browser, port, nurse);
		browser.findElement(By.cssSelector("nav.menu a[href='/clinic']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doctors")));
		assertKorean("choose a doctor");
		browser.findElement(By.cssSelector("#doctors a[href^='/clinics/" + doctor + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("book-form")));
		assertThat(text("no-appointments")).isEqualTo("이날 예약된 환자가 없습니다.");
		assertThat(text("sessions")).contains("09:00–12:00", "예약 0명 / 정원 12명");
		assertKorean("empty clinic list");

		// an unknown MRN is refused in Korean, then the patient is booked into the first free slot
		browser.findElement(By.id("book-mrn")).sendKeys("X0000000");
		browser.findElement(By.id("book-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clinic-problems")));
		assertThat(text("clinic-problems")).contains("등록번호가 X0000000인 환자가 없습니다");
		browser.findElement(By.id("book-mrn")).clear();
		browser.findElement(By.id("book-mrn")).sendKeys(mrn);
		new Select(browser.findElement(By.id("book-kind"))).selectByValue("follow-up");
		browser.findElement(By.id("book-reason")).sendKeys("흑색종 수술 후 6개월 추적");
		browser.findElement(By.id("book-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clinic-list")));
		String row = text("clinic-list");
		assertThat(row).contains("09:00", Clinic.HANGUL_NAME, mrn, "추적 관찰", "흑색종 수술 후 6개월 추적", "내원 예정");
		assertKorean("clinic list with a booking");
		Browser.screenshot(browser, "clinic-01-booked");
		logOut();

		// the doctor's "My clinic" is their own list of the day, each appointment opening its visit note
		Browser.logIn(browser, port, doctor);
		browser.findElement(By.cssSelector("nav.menu a[href='/clinic']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clinic-list")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Test dermatologist", "피부과", day.toString());
		assertThat(text("clinic-list")).contains(Clinic.HANGUL_NAME, "내원 예정");
		assertThat(browser.findElement(By.cssSelector("#clinic-list a.visit-note-link")).getDomAttribute("href"))
			.matches("/appointments/[0-9a-f-]{36}/visit-note");
		assertKorean("the doctor's clinic list");
		browser.findElement(By.cssSelector("nav.menu a[href='/clinic-sessions']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-list")));
		assertThat(text("session-list")).contains("09:00–12:00", "예약 1 / 12칸, 한 칸 15분");
		assertKorean("the doctor's sessions");
		// leave a week on, recorded from the sessions page
		setDate("leave-from", day.plusDays(7));
		setDate("leave-to", day.plusDays(8));
		browser.findElement(By.id("leave-reason")).sendKeys("학회 참석");
		browser.findElement(By.id("leave-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leave-list")));
		assertThat(text("leave-list")).contains(day.plusDays(7).toString(), "학회 참석");
		assertKorean("sessions with leave");
		logOut();

		// the nurse marks the patient arrived: waiting to be seen
		Browser.logIn(browser, port, nurse);
		browser.get("http://localhost:" + port + "/clinics/" + doctor + "?date=" + day);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clinic-list .arrive-button")));
		browser.findElement(By.cssSelector("#clinic-list .arrive-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clinic-list tr[data-status='arrived']")));
		assertThat(text("clinic-list")).contains("도착 - 대기 중");
		assertThat(browser.findElements(By.cssSelector("#clinic-list .arrive-button"))).isEmpty();
		assertKorean("clinic list after arrival");
		Browser.screenshot(browser, "clinic-02-arrived");
	}

	/** A date input's keyboard order depends on the browser's locale: set its value directly. */
	void setDate(String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	void logOut() {
		browser.findElement(By.cssSelector(".user button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	void assertKorean(String page) {
		Browser.assertKorean(browser, page);
	}
}
