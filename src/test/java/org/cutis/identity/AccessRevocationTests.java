package org.cutis.identity;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;
import org.cutis.identity.application.AccountManagement;
import org.cutis.identity.domain.Account;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9, findings 3 and 4: a new role, disabling and a new password reach the account's open
 * web sessions (real HTTP, the session in the database) and its tokens at once.
 */
@CutisTest
class AccessRevocationTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	AccountManagement accounts;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcTemplate jdbc;
	@LocalServerPort
	int port;

	@Test
	void aDemotedAdministratorsOpenSessionNoLongerOpensTheAdministratorsPages() throws Exception {
		String admin = staff.create(Role.ADMIN);
		String otherAdmin = staff.create(Role.ADMIN);
		Browser browser = Browser.at(port).logIn(admin, Staff.PASSWORD);
		assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);
		assertThat(browser.get("/admin/audit").statusCode()).isEqualTo(200);

		mvc.perform(put("/api/v1/staff/" + admin + "/role").with(login.as(otherAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"CLERK\", \"departments\": [\"ADMINISTRATION\"]}")).andExpect(status().isOk());

		assertRedirectedToLogin(browser.get("/admin/staff"));
		assertRedirectedToLogin(browser.get("/admin/audit"));
		assertRedirectedToLogin(browser.get("/home"));
		assertThat(audit.find(new AuditQuery(null, admin, AuditAction.LOGOUT, null, null, null, 10)))
			.extracting(e -> e.detail())
			.containsExactly("session ended: the account's access changed");
		// logged in again, the account has its new role
		Browser again = Browser.at(port).logIn(admin, Staff.PASSWORD);
		assertThat(again.get("/home").statusCode()).isEqualTo(200);
		assertThat(again.get("/admin/staff").statusCode()).isEqualTo(403);
	}

	@Test
	void aDisabledAccountsSessionEndsAndLeavesTheSessionStore() {
		String nurse = staff.create(Role.NURSE);
		Browser browser = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		assertThat(browser.get("/referrals").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(nurse)).isEqualTo(1);

		accounts.disable(nurse);

		assertRedirectedToLogin(browser.get("/referrals"));
		assertThat(sessionsOf(nurse)).isZero();
		accounts.enable(nurse);
		assertRedirectedToLogin(browser.get("/referrals"));
	}

	@Test
	void aSessionUsedOnTheApiEndsToo() {
		String nurse = staff.create(Role.NURSE);
		Browser browser = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		assertThat(browser.get("/api/v1/referrals").statusCode()).isEqualTo(200);
		accounts.assignRole(nurse, Role.CLERK, EnumSet.of(Department.ADMINISTRATION));
		assertThat(browser.get("/api/v1/referrals").statusCode()).isEqualTo(401);
	}

	@Test
	void aPasswordResetEndsTheAccountsSessionsAndTokens() throws Exception {
		String clerk = staff.create(Role.CLERK);
		Browser browser = Browser.at(port).logIn(clerk, Staff.PASSWORD);
		String token = token(clerk);
		String admin = staff.create(Role.ADMIN);

		mvc.perform(post("/admin/staff/" + clerk + "/password").with(login.as(admin)));

		assertRedirectedToLogin(browser.get("/home"));
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aChangedPasswordEndsTheOwnersOtherSessionsAndTokensButNotTheSessionItWasChangedIn() throws Exception {
		String nurse = staff.create(Role.NURSE);
		Browser here = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		Browser elsewhere = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		String token = token(nurse);

		HttpResponse<String> changed = here.submit("/account/password", "/account/password",
				Map.of("currentPassword", Staff.PASSWORD, "newPassword", "a-new-password-2", "confirmPassword",
						"a-new-password-2"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/home"));

		assertThat(here.get("/referrals").statusCode()).isEqualTo(200);
		assertRedirectedToLogin(elsewhere.get("/referrals"));
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, "a-new-password-2"))).andExpect(status().isCreated());
	}

	@Test
	void aTokenStopsWhenItsAccountsRoleChanges() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String token = token(nurse);
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		accounts.assignRole(nurse, Role.CLERK, EnumSet.of(Department.ADMINISTRATION));
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenStopsWhenItsAccountIsDisabledAndStaysStoppedAfterItIsEnabledAgain() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String token = token(nurse);
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		accounts.disable(nurse);
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		accounts.enable(nurse);
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenDoesNotWorkWhileItsAccountIsLocked() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String token = token(nurse);
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		Browser browser = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, "wrong"))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		// a lockout (which anyone can cause by guessing) does not end the session of someone logged in
		assertThat(browser.get("/referrals").statusCode()).isEqualTo(200);
	}

	String token(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
	}

	int sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

	static void assertRedirectedToLogin(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}
}
