package org.cutis.identity;

import java.util.UUID;

import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 5: clinical data (cancers, stages, Breslow thickness, work-up, reports, photos, the
 * tumor board, the chart timeline's clinical entries) is for the clinical roles; clerks and
 * administrators see demographics and referrals; a patient is voided by an administrator, a
 * clerk or a nurse only.
 */
@CutisTest
class ClinicalDataAccessTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;

	Signed melanoma;
	String clerk;
	String admin;

	@BeforeEach
	void aStagedMelanoma() throws Exception {
		melanoma = cancers.melanoma("1.5", false);
		clerk = staff.create(Role.CLERK);
		admin = staff.create(Role.ADMIN, Department.ADMINISTRATION);
		mvc.perform(post("/api/v1/referrals").with(login.as(clerk)).contentType(MediaType.APPLICATION_JSON).content("""
				{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
				 "reason": "suspected-skin-cancer", "urgency": "routine", "note": "pigmented lesion"}
				""".formatted(melanoma.patientId()))).andExpect(status().isCreated());
	}

	@Test
	void clerksAndAdministratorsReadNoCancerStageOrWorkUp() throws Exception {
		String cancer = melanoma.cancerId().toString();
		for (String user : new String[] { clerk, admin }) {
			mvc.perform(get("/api/v1/cancers/" + cancer).with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/cancers").param("patientId", melanoma.patientId().toString()).with(login.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/cancers/" + cancer).with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/workup").with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/workup-orders").with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/staging-proposals").with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/reports/" + melanoma.reportId()).with(login.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/lesions/" + melanoma.lesionId()).with(login.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/specimens/" + melanoma.specimenId()).with(login.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/tumor-board").with(login.as(user))).andExpect(status().isForbidden());
		}
		// the clinicians and the nurses still do
		mvc.perform(get("/api/v1/cancers/" + cancer).with(login.as(melanoma.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.stage").value("IB"));
		mvc.perform(get("/api/v1/cancers/" + cancer).with(login.as(staff.create(Role.RADIATION_ONCOLOGIST))))
			.andExpect(status().isOk());
	}

	@Test
	void clerksSeeDemographicsAndReferrals() throws Exception {
		mvc.perform(get("/api/v1/patients/" + melanoma.patientId()).with(login.as(clerk))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/referrals").with(login.as(clerk))).andExpect(status().isOk());
		mvc.perform(get("/referrals").with(login.as(clerk))).andExpect(status().isOk());
	}

	/** The chart timeline keeps its clinical entries for those who may read the records they come from. */
	@Test
	void aClerksChartTimelineShowsNoDiagnosis() throws Exception {
		String chart = "/patients/" + melanoma.patientId();
		mvc.perform(get(chart).with(login.as(clerk)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Registered (MRN"), containsString("Referral received"),
					not(containsString("Cancer diagnosis")), not(containsString("Staging of")),
					not(containsString("Pathology report signed")), not(containsString("Biopsy ordered")),
					not(containsString("mapped")), not(containsString("id=\"chart-lesions\"")))));
		mvc.perform(get(chart).with(login.as(melanoma.nurse())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cancer diagnosis"), containsString("Staging of"),
					containsString("Pathology report signed"), containsString("Biopsy ordered"),
					containsString("mapped"))));
	}

	/** A patient reads its own chart and lesions, not results a clinician has not yet given it. */
	@Test
	void aPatientSeesItsOwnChartWithoutResults() throws Exception {
		String own = staff.createPatientAccount(melanoma.patientId());
		mvc.perform(get("/patients/" + melanoma.patientId()).with(login.as(own)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Registered (MRN"), containsString("mapped"),
					not(containsString("Cancer diagnosis")), not(containsString("Pathology report signed")),
					not(containsString("Biopsy ordered")))));
		mvc.perform(get("/lesions/" + melanoma.lesionId()).with(login.as(own)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Pathology report signed"))));
		mvc.perform(get("/lesions/" + melanoma.lesionId()).with(login.as(melanoma.dermatologist()))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Pathology report signed")));
		mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId()).with(login.as(own)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/patients/" + UUID.randomUUID()).with(login.as(own))).andExpect(status().isNotFound());
	}

	@Test
	void onlyAnAdministratorAClerkOrANurseVoidsAPatient() throws Exception {
		for (Role role : new Role[] { Role.DERMATOLOGIST, Role.PATHOLOGIST, Role.ONCOLOGIST, Role.SURGEON,
				Role.RADIATION_ONCOLOGIST }) {
			String clinician = staff.create(role);
			mvc.perform(post("/api/v1/patients/" + melanoma.patientId() + "/void").with(login.as(clinician))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"registered twice\"}")).andExpect(status().isForbidden());
			mvc.perform(post("/patients/" + melanoma.patientId() + "/void").with(login.as(clinician))
				.param("reason", "registered twice")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/patients/" + melanoma.patientId()).with(login.as(clerk)))
			.andExpect(jsonPath("$.voided").value(false));
		mvc.perform(post("/api/v1/patients/" + melanoma.patientId() + "/void").with(login.as(staff.create(Role.NURSE)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"registered twice\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
	}
}
