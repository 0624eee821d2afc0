package org.cutis.identity;

import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing a pathology report is an electronic signature: the pathologist's password again, or
 * the signing PIN set on the profile; the report records which, and wrong ones count towards
 * the account's lockout.
 */
@CutisTest
class ElectronicSignatureTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportIsSignedWithThePasswordAgainAndNothingElse() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		String report = draft(pathologist);

		sign(pathologist, report, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		sign(pathologist, report, "{\"password\": \"not my password\"}").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("The password is wrong; nothing was signed."));
		sign(pathologist, report, "{\"pin\": \"482913\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin"));
		mvc.perform(get("/api/v1/reports/" + report).with(login.as(pathologist)))
			.andExpect(jsonPath("$.status").value("draft"));

		sign(pathologist, report, Staff.SIGNATURE_JSON).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("signed"))
			.andExpect(jsonPath("$.signatureMethod").value("password"))
			.andExpect(jsonPath("$.signedAt").exists());
		assertThat(jdbc.queryForObject("select signature_method from pathology_report where id = ?::uuid",
				String.class, report)).isEqualTo("password");
		// the success counted: the failed attempt before it no longer weighs on the account
		assertThat(jdbc.queryForObject("select failed_attempts from account where username = ?", Integer.class,
				pathologist)).isZero();
	}

	@Test
	void aPinSetOnTheProfileSignsAndIsStoredHashed() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		mvc.perform(get("/account/pin").with(login.as(pathologist)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No signing PIN is set yet")));
		pin(pathologist, "wrong password", "482913", "482913").andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is wrong.")));
		pin(pathologist, Staff.PASSWORD, "12345", "12345").andExpect(status().isOk())
			.andExpect(content().string(containsString("exactly 6 digits")));
		pin(pathologist, Staff.PASSWORD, "123456", "123456").andExpect(status().isOk())
			.andExpect(content().string(containsString("not one digit repeated")));
		pin(pathologist, Staff.PASSWORD, "482913", "482914").andExpect(status().isOk())
			.andExpect(content().string(containsString("The two PINs differ.")));
		pin(pathologist, Staff.PASSWORD, "482913", "482913").andExpect(redirectedUrl("/account/pin?saved"));
		String stored = jdbc.queryForObject("select pin_hash from account where username = ?", String.class,
				pathologist);
		assertThat(stored).isNotBlank().doesNotContain("482913");

		String report = draft(pathologist);
		sign(pathologist, report, "{\"pin\": \"000111\"}").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].field").value("pin"));
		sign(pathologist, report, "{\"pin\": \"482913\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.signatureMethod").value("pin"));
		mvc.perform(get("/specimens/" + specimenOf(report) + "/report").with(login.as(pathologist))
			.header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("확인 방법: PIN")));
	}

	@Test
	void fiveWrongSecretsLockTheAccountAndTheRightPasswordThenSignsNothing() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		pin(pathologist, Staff.PASSWORD, "482913", "482913").andExpect(redirectedUrl("/account/pin?saved"));
		String report = draft(pathologist);
		// the session opened before the lockout goes on (a lockout stops logins, it does not end sessions)
		RequestPostProcessor session = login.as(pathologist);
		for (int i = 0; i < 2; i++) {
			sign(session, report, "{\"pin\": \"999000\"}").andExpect(status().isUnauthorized());
		}
		for (int i = 0; i < 2; i++) {
			sign(session, report, "{\"password\": \"guess " + i + "\"}").andExpect(status().isUnauthorized());
		}
		sign(session, report, "{\"pin\": \"999000\"}").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("locked")));
		sign(session, report, Staff.SIGNATURE_JSON).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("locked")));
		assertThat(jdbc.queryForObject("select status from pathology_report where id = ?::uuid", String.class, report))
			.isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and record_type = 'signature'"
				+ " and action = 'LOGIN_FAILED'", Integer.class, pathologist)).isEqualTo(6);
	}

	ResultActions sign(RequestPostProcessor session, String report, String body) throws Exception {
		return mvc.perform(post("/api/v1/reports/" + report + "/sign").with(session)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions sign(String pathologist, String report, String body) throws Exception {
		return sign(login.as(pathologist), report, body);
	}

	ResultActions pin(String user, String current, String pin, String confirm) throws Exception {
		return mvc.perform(post("/account/pin").with(login.as(user))
			.header("Accept-Language", "en")
			.param("currentPassword", current)
			.param("pin", pin)
			.param("confirmPin", confirm));
	}

	String draft(String pathologist) throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var o = flow.received(derm, nurse, pathologist, clinic.patient(), "bcc");
		return JsonPath.read(mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report")
			.with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"bcc\", \"peripheralMarginInvolved\": false, \"deepMarginInvolved\": false}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	String specimenOf(String report) {
		return jdbc.queryForObject("select specimen_id::text from pathology_report where id = ?::uuid", String.class,
				report);
	}
}
