package org.cutis.identity;

import java.time.Duration;
import java.time.Instant;

import org.cutis.identity.application.IdentityProperties;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 9, finding 4: a token is minted only with the password, and its lifetime is bounded. */
@CutisTest
class TokenTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	TestClock clock;
	@Autowired
	IdentityProperties properties;
	@LocalServerPort
	int port;

	@Test
	void aBearerTokenCannotMintAnother() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String token = token(nurse);
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("username and password")));
		mvc.perform(post("/api/v1/tokens/").header("Authorization", "Bearer " + token))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aLoggedInSessionCannotMintAToken() {
		String nurse = staff.create(Role.NURSE);
		Browser browser = Browser.at(port).logIn(nurse, Staff.PASSWORD);
		assertThat(browser.get("/api/v1/referrals").statusCode()).as("the session opens the API").isEqualTo(200);
		assertThat(browser.post("/api/v1/tokens").statusCode()).isEqualTo(401);
	}

	@Test
	void anAuthenticationWithoutThePasswordIsRefusedByTheTokenOperationItself() throws Exception {
		String nurse = staff.create(Role.NURSE);
		mvc.perform(post("/api/v1/tokens").with(login.as(nurse))).andExpect(status().isForbidden());
	}

	@Test
	void theFormFieldsMintATokenAsHttpBasicDoes() throws Exception {
		String nurse = staff.create(Role.NURSE);
		String answer = mvc
			.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("username", nurse)
				.param("password", Staff.PASSWORD))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + JsonPath.read(answer, "$.token")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", nurse)
			.param("password", "wrong")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenLivesTheConfiguredLifetimeAndNoLonger() throws Exception {
		assertThat(properties.tokenLifetime()).isEqualTo(Duration.ofHours(12));
		String nurse = staff.create(Role.NURSE);
		Instant before = clock.instant();
		String answer = mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant expiresAt = Instant.parse(JsonPath.read(answer, "$.expiresAt"));
		assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(12)), clock.instant().plus(Duration.ofHours(12)));
		String token = JsonPath.read(answer, "$.token");
		try {
			clock.travelTo(expiresAt.minusSeconds(60));
			mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
			clock.travelTo(expiresAt.plusSeconds(1));
			mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
		finally {
			clock.reset();
		}
	}

	String token(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
	}
}
