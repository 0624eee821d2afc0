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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
			.andExpect(jsonPath("$.purpose").value("diagnostic"))
			.andExpect(jsonPath("$.resultBehaviour").doesNotExist())
			.andExpect(jsonPath("$.punchDiameterMm").value(3))
			.andExpect(jsonPath("$.photoId").value(o.photoId()));
		byte[] pdf = mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/label").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		String text = Pdf.text(pdf);
		String mrn = patients.find(o.patientId()).orElseThrow().mrn();
		assertThat(text).contains(Clinic.HANGUL_NAME).contains(mrn).contains("1961-04-02").contains(o.accession());
		// a diagnostic biopsy is the default and is not printed
		assertThat(text).doesNotContain("진단 생검");
	}

	@Test
	void ordersARecurrenceOrAReExcisionAndSaysSoOnTheLabel() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "melanoma", "saucerization");
		String reExcision = """
				{"technique": "excisional", "excisionMarginMm": 10, "purpose": "re-excision",
				 "clinicalHistory": "wide local excision, melanoma 1.6 mm", "photoId": "%s"}
				""".formatted(o.photoId());
		// a re-excision follows a signed diagnosis: before one, it is refused by field
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(reExcision))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("has none yet")));
		specimens.step(derm, o.specimenId(), "{\"type\": \"collect\"}");
		specimens.step(derm, o.specimenId(), "{\"type\": \"send\"}");
		specimens.step(pathologist, o.specimenId(), """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(o.accession(), patients.find(o.patientId()).orElseThrow().mrn()));
		specimens.signed(pathologist, o.specimenId(), "{\"diagnosis\": \"melanoma\", \"breslowMm\": 1.6}");
		String body = mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content(reExcision))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value("re-excision"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/specimens/" + id).with(login.as(nurse)))
			.andExpect(jsonPath("$.purpose").value("re-excision"))
			.andExpect(jsonPath("$.steps[0].state").value("ordered"))
			.andExpect(jsonPath("$.steps[0].by").value(derm));
		mvc.perform(get("/api/v1/path-log?patientId=" + o.patientId()).with(login.as(nurse)))
			.andExpect(jsonPath("$[?(@.specimenId == '" + id + "')].purpose").value(hasItems("re-excision")))
			.andExpect(jsonPath("$[?(@.specimenId == '" + o.specimenId() + "')].purpose").value(hasItems("diagnostic")));
		byte[] label = mvc.perform(get("/api/v1/specimens/" + id + "/label").with(login.as(nurse))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Pdf.text(label)).contains("Re-excision");
		byte[] korean = mvc.perform(get("/api/v1/specimens/" + id + "/label").with(login.as(nurse))
			.header("Accept-Language", "ko")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Pdf.text(korean)).contains("재절제");

		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "punch", "purpose": "recurrence", "clinicalHistory": "new pigment in the scar",
					 "photoId": "%s"}
					""".formatted(o.photoId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value("recurrence"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			"screening"     | en | Unknown purpose 'screening'; use one of: diagnostic, re-excision, recurrence, metastasis.
			"sentinel-node" | en | Unknown purpose 'sentinel-node'; use one of: diagnostic, re-excision, recurrence, metastasis.
			"RE_EXCISION"   | en | Unknown purpose 'RE_EXCISION'; use one of: diagnostic, re-excision, recurrence, metastasis.
			42              | en | Unknown purpose '42'; use one of: diagnostic, re-excision, recurrence, metastasis.
			"screening"     | ko | 알 수 없는 목적입니다: 'screening'. 다음 중 하나를 쓰세요: diagnostic, re-excision, recurrence, metastasis.
			""")
	void refusesAnUnknownPurposeNamingTheAllowedOnesInTheCallersLanguage(String purpose, String language,
			String message) throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "punch", "purpose": %s, "clinicalHistory": "x", "photoId": "%s"}
					""".formatted(purpose, o.photoId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	@Test
	void aPurposeThatIsNoTextIsAFieldErrorToo() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		mvc.perform(post("/api/v1/lesions/" + o.lesionId() + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "punch", "purpose": {"code": "diagnostic"}, "clinicalHistory": "x", "photoId": "%s"}
					""".formatted(o.photoId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
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
			.andExpect(jsonPath("$.rejectReason").value("formalin leaked"))
			.andExpect(jsonPath("$.steps[*].state").value(contains("ordered", "collected", "sent", "received",
					"rejected")))
			.andExpect(jsonPath("$.steps[4].reason").value("formalin leaked"))
			.andExpect(jsonPath("$.steps[4].by").value(pathologist));
		mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/history").with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].status").value(contains("ordered", "collected", "sent", "received", "rejected")))
			.andExpect(jsonPath("$[0].by").value(derm))
			.andExpect(jsonPath("$[1].by").value(nurse))
			.andExpect(jsonPath("$[3].by").value(pathologist))
			.andExpect(jsonPath("$[3].reason").doesNotExist())
			.andExpect(jsonPath("$[4].reason").value("formalin leaked"));
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/events").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"gross\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/lesions/" + o.lesionId()).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.lineage[*].text").value(hasItems("Specimen " + o.accession() + " rejected; re-collection ordered")));
	}

	@Test
	void aVoidKeepsItsReasonInTheHistoryAndTheHistoryIsNotForEveryone() throws Exception {
		var o = specimens.order(derm, clinic.patient(), "bcc", "punch");
		specimens.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		specimens.step(derm, o.specimenId(), "{\"type\": \"void\", \"reason\": \"ordered on the wrong lesion\"}");
		mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/history").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].status").value(contains("ordered", "collected", "voided")))
			.andExpect(jsonPath("$[2].by").value(derm))
			.andExpect(jsonPath("$[2].reason").value("ordered on the wrong lesion"));
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(nurse)))
			.andExpect(jsonPath("$.status").value("voided"))
			.andExpect(jsonPath("$.voidReason").value("ordered on the wrong lesion"));
		mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/history").with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
	}
}
