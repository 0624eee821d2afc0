package org.cutis.identity;

import java.util.EnumSet;

import org.cutis.identity.application.AccountManagement;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class SecurityTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	AccountManagement accounts;
	@Autowired
	org.cutis.support.Login login;

	@Test
	void theApiAnswers401ProblemsAndPagesRedirectToLogin() throws Exception {
		mvc.perform(get("/api/v1/patients").param("q", "kim"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/patients/search").param("q", "kim")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		// metrics need an account (MetricsAccessTests)
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenIsExchangedForCredentialsAndOpensTheApi() throws Exception {
		String nurse = staff.create(Role.NURSE);
		MvcResult issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").exists())
			.andExpect(jsonPath("$.expiresAt").exists())
			.andReturn();
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorRevokesATokenAndItStopsWorking() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String admin = staff.create(Role.ADMIN);
		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, Staff.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		String adminToken = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(admin, Staff.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		String tokens = mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + adminToken))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String staffList = mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + adminToken))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> nurseIds = JsonPath.read(staffList, "$[?(@.username == '" + nurse + "')].id");
		// used first: a token once found good is not simply remembered as good
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		java.util.List<String> ids = JsonPath.read(tokens, "$[?(@.accountId == '" + nurseIds.get(0) + "')].id");
		org.assertj.core.api.Assertions.assertThat(ids).hasSize(1);
		for (String id : ids) {
			mvc.perform(post("/api/v1/tokens/" + id + "/revoke").header("Authorization", "Bearer " + adminToken));
		}
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenWithTheRightOneAfterwards() throws Exception {
		String clerk = staff.create(Role.CLERK);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(clerk, "wrong-password")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/v1/tokens").with(httpBasic(clerk, Staff.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(post("/login").with(csrf()).param("username", clerk).param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theLoginFormNeedsTheCsrfTokenAndLandsOnTheStartPage() throws Exception {
		String nurse = staff.create(Role.NURSE);
		mvc.perform(post("/login").param("username", nurse).param("password", Staff.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf()).param("username", nurse).param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = "onetime-" + java.util.UUID.randomUUID().toString().substring(0, 6);
		var created = accounts.createStaff(username, "One Time", Role.NURSE, EnumSet.of(Department.NURSING));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(username, created.oneTimePassword())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void theApiDocumentationPageIsServedToLoggedInUsers() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String location = mvc.perform(get("/api/docs").with(login.as(clerk)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(login.as(clerk))).andExpect(status().isOk());
		mvc.perform(get(location)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theOpenApiDocumentNeedsLoginAndDescribesTheApi() throws Exception {
		String clerk = staff.create(Role.CLERK);
		mvc.perform(get("/api/docs.json")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/docs.json").with(httpBasic(clerk, Staff.PASSWORD)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/patients']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/referrals']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/tokens']").exists());
	}
}
