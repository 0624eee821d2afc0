package org.cutis.biopsy.application;

import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The path log over the API, on the page and in the nightly sweep, against the real database. */
@CutisTest
class PathLogTests {
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
	@Autowired
	PathLogSweep sweep;

	@Test
	void aSpecimenStaysInTheLogUntilCommunicatedOrVoidedAndIsFlaggedWhenNeverReceived() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var patient = clinic.patient();
		var lost = flow.order(derm, patient, "bcc", "punch");
		var voided = flow.order(derm, patient, "bcc", "punch");
		String log = "/api/v1/path-log?patientId=" + patient;

		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].state").value("ordered"))
			.andExpect(jsonPath("$[0].overdue").value(false))
			.andExpect(jsonPath("$[0].patientName").value(containsString(Clinic.HANGUL_NAME)));

		flow.step(nurse, lost.specimenId(), "{\"type\": \"collect\"}");
		flow.step(nurse, lost.specimenId(), "{\"type\": \"send\"}");
		// the container went out ten days ago and never arrived
		jdbc.update("update specimen set collected_at = collected_at - interval '10 days',"
				+ " sent_at = sent_at - interval '10 days' where id = ?::uuid", lost.specimenId());
		flow.step(derm, voided.specimenId(), "{\"type\": \"void\", \"reason\": \"ordered on the wrong lesion\"}");

		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].accession").value(lost.accession()))
			.andExpect(jsonPath("$[0].state").value("sent"))
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[0].flag").value("not-received"));
		mvc.perform(get("/path-log").param("patientId", patient.toString()).with(login.as(nurse))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("flag-not-received")))
			.andExpect(content().string(containsString("collected, never received")))
			.andExpect(content().string(containsString("CAP/ADASP")))
			.andExpect(content().string(containsString("public holidays are not counted")))
			.andExpect(content().string(containsString("The center&#39;s configuration, not from a guideline")));
		assertThat(sweep.sweep()).contains("not-received");

		mvc.perform(get(log).with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		mvc.perform(get("/path-log").with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and record_type = 'path-log'"
				+ " and patient_id = ?", Integer.class, nurse, patient)).isEqualTo(3);
	}
}
