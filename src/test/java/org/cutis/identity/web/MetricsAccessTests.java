package org.cutis.identity.web;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 8: the metrics (route map, repository names, pool figures) are for administrators and
 * the monitoring system's own account, which sends HTTP Basic with every scrape; health stays
 * open for load balancers and systemd.
 */
@CutisTest
class MetricsAccessTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void strangersGetAChallengeNotTheMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("jvm_memory_used_bytes"))));
		mvc.perform(get("/actuator/prometheus").with(httpBasic("nobody", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theMonitoringAccountScrapesWithBasicAuthentication() throws Exception {
		String prometheus = staff.create(Role.MONITORING);
		mvc.perform(get("/actuator/prometheus").with(httpBasic(prometheus, Staff.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void anAdministratorReadsThemAndOtherRolesDoNot() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(login.as(staff.create(Role.ADMIN)))).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(staff.create(Role.NURSE), Staff.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(login.as(staff.create(Role.DERMATOLOGIST))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMonitoringAccountSeesNothingElse() throws Exception {
		String prometheus = staff.create(Role.MONITORING);
		mvc.perform(get("/api/v1/patients").param("q", "kim").with(httpBasic(prometheus, Staff.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/patients/search").param("q", "kim").with(login.as(prometheus)))
			.andExpect(status().isForbidden());
	}

	@Test
	void healthStaysOpenForLoadBalancers() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}
}
