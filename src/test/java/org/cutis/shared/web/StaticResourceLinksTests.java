package org.cutis.shared.web;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page's links go out as written, and the unversioned webjar address still serves the script. */
@CutisTest
class StaticResourceLinksTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void linksAreNotRewrittenAndTheWebjarIsServedWithoutItsVersion() throws Exception {
		mvc.perform(get("/home").with(login.as(staff.create(Role.DERMATOLOGIST))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx")));
	}
}
