package org.cutis.patient.web;

import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A long history opens with its newest entries and the count of all; "show all" gives every one. */
@CutisTest
class ChartTimelinePageTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;

	@Test
	void aLongHistoryShowsTheNewestHundredAndAllOnRequest() throws Exception {
		UUID patient = clinic.patient();
		// 150 lesions recorded a day apart: with the registration, 151 entries
		TestDatabase.owner().update("""
				insert into lesion (id, patient_id, number, site, laterality, body_view, map_x, map_y, impression,
				                    suspicion, recorded_at, recorded_by)
				select gen_random_uuid(), ?, n, 'BACK', 'MIDLINE', 'BACK', 50, 50, 'BENIGN_NAEVUS', 'LOW',
				       now() - make_interval(days => n), 'system'
				  from generate_series(1, 150) n""", patient);
		String derm = staff.create(Role.DERMATOLOGIST);
		String first = mvc.perform(get("/patients/{id}", patient).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(entries(first)).isEqualTo(PatientController.TIMELINE_SHOWN);
		assertThat(first).contains("The newest 100 of 151 entries.", "timeline=all")
			// newest first: lesion 1 (a day ago) is shown, lesion 150 (the oldest) is not
			.contains("L1 ").doesNotContain("L150 ");
		String all = mvc.perform(get("/patients/{id}", patient).param("timeline", "all").with(login.as(derm)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(entries(all)).isEqualTo(151);
		assertThat(all).doesNotContain("id=\"timeline-more\"");
	}

	private static int entries(String page) {
		String list = page.substring(page.indexOf("<ol class=\"timeline\">"), page.indexOf("</ol>", page.indexOf("<ol class=\"timeline\">")));
		return list.split("<li>", -1).length - 1;
	}
}
