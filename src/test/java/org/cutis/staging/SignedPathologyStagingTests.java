package org.cutis.staging;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pathologist's signature is the start of staging: the signed melanoma report opens the
 * lesion's cancer diagnosis (through the persisted PathologyReportSigned event) with its stage.
 */
@CutisTest
class SignedPathologyStagingTests {
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
	CancerDirectory cancers;

	@Test
	void aSignedMelanomaReportOpensTheCancerOfItsLesion() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(derm, nurse, pathologist, clinic.patient(), "melanoma");
		String body = mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"diagnosis": "melanoma", "breslowMm": 1.5, "ulceration": false,
					 "peripheralMarginInvolved": false, "deepMarginInvolved": false}
					"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String report = JsonPath.read(body, "$.id");
		assertThat(cancers.cancersOf(o.patientId())).isEmpty();

		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			List<CancerSummary> opened = cancers.cancersOf(o.patientId());
			assertThat(opened).hasSize(1);
			assertThat(opened.get(0).kind()).isEqualTo(DiagnosisKind.MELANOMA);
			assertThat(opened.get(0).findings().breslowMm()).isEqualByComparingTo("1.5");
			assertThat(opened.get(0).stagingLine()).contains("T2a");
		});
		// the stage hangs on the lesion's lineage, beside its biopsy and report
		mvc.perform(get("/api/v1/lesions/" + o.lesionId()).with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lineage[*].link").value(hasItem(startsWith("/cancers/"))));

		// the dermatologist finds the report discordant with the clinical impression: the case goes to the board
		mvc.perform(post("/api/v1/reports/" + report + "/correlation").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"correlation\": \"discordant\", \"note\": \"clinically a naevus\"}"))
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(cancers.cancersOf(o.patientId()).get(0).findings().discordant()).isTrue();
			String proposals = mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(derm)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> reasons = JsonPath.read(proposals, "$[?(@.patientId == '" + o.patientId() + "')].reason");
			assertThat(reasons).contains("discordant");
		});
	}
}
