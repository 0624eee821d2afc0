package org.cutis.pathology.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.pathology.application.PathologyWorklist;
import org.cutis.pathology.application.PathologyWorklist.Awaiting;
import org.cutis.shared.Paging;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pathologist's worklist read a page at a time: every waiting specimen once, oldest first, signed ones gone. */
@CutisTest
class PathologyWorklistTests {
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
	PathologyWorklist worklist;

	@Test
	void pagesTogetherHoldEveryWaitingSpecimenOnceOldestFirstAndNotTheSignedOnes() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String pathologist = staff.create(Role.PATHOLOGIST);
		UUID patient = clinic.patient();
		var waiting = flow.received(derm, derm, pathologist, patient, "bcc");
		var drafted = flow.received(derm, derm, pathologist, patient, "cscc");
		var signed = flow.received(derm, derm, pathologist, patient, "bcc");
		mvc.perform(post("/api/v1/specimens/" + drafted.specimenId() + "/report").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content("{\"diagnosis\": \"cscc\", \"tumourDepthMm\": 1.5}")).andExpect(status().isOk());
		flow.signed(pathologist, signed.specimenId(), "{\"diagnosis\": \"bcc\", \"bccSubtypes\": \"nodular\"}");

		// a small page size so that the suite's waiting specimens span many pages
		List<Awaiting> all = new ArrayList<>();
		long total = -1;
		for (int page = 0; ; page++) {
			var listed = worklist.page(new Paging(page, 3));
			assertThat(listed.rows().size()).isLessThanOrEqualTo(3);
			total = listed.total();
			all.addAll(listed.rows());
			if (!listed.hasNext()) {
				break;
			}
		}
		assertThat(all).hasSize((int) total);
		List<String> ids = all.stream().map(a -> a.specimen().specimenId().toString()).toList();
		assertThat(new HashSet<>(ids)).hasSize(ids.size());
		assertThat(all).isSortedAccordingTo((a, b) -> a.specimen().receivedAt().compareTo(b.specimen().receivedAt()));
		assertThat(ids).contains(waiting.specimenId(), drafted.specimenId()).doesNotContain(signed.specimenId());
		assertThat(all.get(ids.indexOf(waiting.specimenId())).state()).isEqualTo("received");
		assertThat(all.get(ids.indexOf(drafted.specimenId())).state()).isEqualTo("reported");
	}

	@Test
	void aPageOutsideTheRangeIsRefusedNamingTheFieldInTheReadersLanguage() throws Exception {
		String pathologist = staff.create(Role.PATHOLOGIST);
		mvc.perform(get("/pathology/worklist").param("page", "-1").with(login.as(pathologist)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("0부터 100,000까지의 쪽 번호를 입력하세요.")));
		mvc.perform(get("/pathology/worklist").param("size", "201").header("Accept-Language", "en")
			.with(login.as(pathologist)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("From 1 to 200 rows a page.")));
		mvc.perform(get("/pathology/worklist").param("page", "x").with(login.as(pathologist)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/pathology/worklist").param("page", String.valueOf(Integer.MAX_VALUE))
			.with(login.as(pathologist))).andExpect(status().isBadRequest());
		// the last page anyone may ask for is simply empty
		mvc.perform(get("/pathology/worklist").param("page", "100000").param("size", "200")
			.with(login.as(pathologist))).andExpect(status().isOk());
	}
}
