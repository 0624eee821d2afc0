package org.cutis.biopsy;

import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class SpecimenApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow specimens;
	@Autowired
	PatientDirectory patients;

	String derm;
	String nurse;
	String pathologist;

	@BeforeEach
	void accounts() {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		pathologist = staff.create(Role.PATHOLOGIST);
	}

	@Test
	void ordersAThreeMillimetrePunchByDefaultAndPrintsAHangulLabel() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		assertThat(o.accession()).matches("S\\d{2}-\\d{6}");
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(nurse)))
			.andExpect(jsonPath("$.status").value("ordered"))
			.andExpect(jsonPath("$.punchDiameterMm").value(3))
			.andExpect(jsonPath("$.photoId").value(o.photoId()));
		byte[] pdf = mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/label").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		String text = Pdf.text(pdf);
		String mrn = patients.find(o.patientId()).orElseThrow().mrn();
		assertThat(text).contains(Clinic.HANGUL_NAME).contains(mrn).contains("1961-04-02").contains(o.accession());
	}

	@Test
	void refusesATwelveMillimetrePunchAndAPathologistsOrder() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "punch", "punchDiameterMm": 12, "clinicalHistory": "x", "photoId": "%s"}
					""".formatted(o.photoId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("punchDiameterMm"))
			.andExpect(jsonPath("$.errors[0].message").value("The punch diameter must be between 1 and 8 mm."));
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "punch", "clinicalHistory": "x", "photoId": "%s"}
					""".formatted(o.photoId()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
	}

	@Test
	void warnsAboutAShaveOfASuspectedMelanomaUntilAcknowledged() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "melanoma", "saucerization");
		String order = """
				{"technique": "shave", "clinicalHistory": "x", "photoId": "%s" %s}
				""";
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content(order.formatted(o.photoId(), "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("technique"));
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content(order.formatted(o.photoId(), ", \"acknowledgeMelanomaWarning\": true")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.melanomaWarningAcknowledged").value(true));
	}

	@Test
	void receivesOnlyWhatMatchesAndRejectsIntoARecollection() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		String mrn = patients.find(o.patientId()).orElseThrow().mrn();
		specimens.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		specimens.step(nurse, o.specimenId(), "{\"type\": \"send\"}");
		// the nurse may not receive at the lab
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/events").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"receive\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/events").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "receive", "accession": "%s", "mrn": "99999997", "site": "chest"}
					""".formatted(o.accession())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("mrn", "site")));
		specimens.step(pathologist, o.specimenId(), """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(o.accession(), mrn));
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/events").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"reject\", \"reason\": \"formalin leaked\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ordered"))
			.andExpect(jsonPath("$.recollectionOf").value(o.specimenId()))
			.andExpect(jsonPath("$.accession").value(matchesPattern("S\\d{2}-\\d{6}")));
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(derm)))
			.andExpect(jsonPath("$.status").value("rejected"))
			.andExpect(jsonPath("$.steps[*].state").value(hasItems("ordered", "collected", "sent", "received")));
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/events").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"gross\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/lesions/" + o.lesionId()).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.lineage[*].text").value(hasItems("Specimen " + o.accession() + " rejected; re-collection ordered")));
	}
}
