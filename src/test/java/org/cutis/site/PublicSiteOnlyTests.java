package org.cutis.site;

import org.cutis.support.CutisTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code ./cutis run --public-site-only}: the public pages and their search answer, and no other
 * route exists: not a clinical page or API, not the login page, not the API documentation.
 */
@CutisTest
@TestPropertySource(properties = "cutis.public-site-only=true")
class PublicSiteOnlyTests {
	@Autowired
	MockMvc mvc;

	@Test
	void onlyThePublicSiteIsServed() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(not(containsString("/login"))));
		mvc.perform(get("/en/melanoma")).andExpect(status().isOk());
		mvc.perform(get("/ko/search").param("q", "흑색종")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/site/search").param("q", "melanoma").param("lang", "en")).andExpect(status().isOk());
		mvc.perform(get("/css/site.css")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		for (String clinical : new String[] { "/patients/new", "/home", "/login", "/referrals", "/path-log",
				"/api/v1/patients", "/api/v1/search", "/api/docs", "/site-editor", "/admin/staff" }) {
			mvc.perform(get(clinical)).andExpect(status().isNotFound());
		}
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isNotFound());
	}
}
