package org.cutis.pathology;

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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class ReportApiTests {
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

	@Test
	void signsAMelanomaReportWithComputedPtAndClosesTheLoopThroughAnAddendum() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(derm, nurse, pathologist, clinic.patient(), "melanoma");

		String url = "/api/v1/specimens/" + o.specimenId() + "/report";
		mvc.perform(post(url).with(login.as(pathologist))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"diagnosis": "melanoma", "breslowMm": 120, "mitoticRatePerMm2": -1,
					 "peripheralMarginInvolved": true, "peripheralMarginMm": 2}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("breslowMm", "mitoticRatePerMm2",
					"peripheralMarginMm")));
		mvc.perform(post(url).with(login.as(derm)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());

		String body = mvc.perform(post(url).with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading", "breslowMm": 0.75,
					 "ulceration": false, "mitoticRatePerMm2": 1, "peripheralMarginInvolved": false,
					 "peripheralMarginMm": 2, "deepMarginInvolved": false, "deepMarginMm": 1.5}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pT").value("pT1b"))
			.andExpect(jsonPath("$.ptRuleSet").value("AJCC-8"))
			.andExpect(jsonPath("$.ptExplanation").value(containsString("0.75 mm is recorded as 0.8 mm")))
			.andReturn().getResponse().getContentAsString();
		String report = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/reports/" + report + "/addenda").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"" + Staff.PASSWORD + "\", \"reason\": \"typo\", \"text\": \"x\"}")).andExpect(status().isConflict());

		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("signed"));
		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isConflict());
		mvc.perform(post(url).with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"bcc\"}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(derm)))
			.andExpect(jsonPath("$.status").value("signed"))
			.andExpect(jsonPath("$.malignant").value(true));

		flow.step(derm, o.specimenId(), "{\"type\": \"review\"}");
		flow.step(nurse, o.specimenId(), "{\"type\": \"communicate\", \"method\": \"in-person\"}");
		// an addendum is signed like the report: without the password or PIN, or with a wrong one, nothing is kept
		mvc.perform(post("/api/v1/reports/" + report + "/addenda").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"deep margin re-measured\", \"text\": \"Deep margin 1.2 mm.\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/reports/" + report + "/addenda").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"wrong\", \"reason\": \"deep margin re-measured\", \"text\": \"Deep margin 1.2 mm.\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(get("/api/v1/reports/" + report).with(login.as(derm)))
			.andExpect(jsonPath("$.addenda").isEmpty());
		mvc.perform(post("/api/v1/reports/" + report + "/addenda").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"" + Staff.PASSWORD + "\", \"reason\": \"deep margin re-measured\", \"text\": \"Deep margin 1.2 mm.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.signatureMethod").value("password"));
		// the diagnosis is coded at the specimen's site, as on the report page and the PDF
		mvc.perform(get("/api/v1/reports/" + report).with(login.as(derm)))
			.andExpect(jsonPath("$.codes[?(@.system == 'ICD-10')].value").value(org.hamcrest.Matchers.contains("C43.5")));
		mvc.perform(get("/api/v1/specimens/" + o.specimenId()).with(login.as(derm)))
			.andExpect(jsonPath("$.status").value("signed"));
		// the addendum reopened the loop, but the first review and communication stay on the record
		mvc.perform(get("/api/v1/specimens/" + o.specimenId() + "/history").with(login.as(derm)))
			.andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.contains("ordered", "collected", "sent",
					"received", "reported", "signed", "reviewed", "communicated", "amended")))
			.andExpect(jsonPath("$[6].by").value(derm))
			.andExpect(jsonPath("$[7].by").value(nurse));
		mvc.perform(get("/api/v1/reports/" + report).with(login.as(derm)))
			.andExpect(jsonPath("$.addenda[0].reason").value("deep margin re-measured"))
			.andExpect(jsonPath("$.breslowMm").value(0.75));
		mvc.perform(post("/api/v1/reports/" + report + "/correlation").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"correlation\": \"discordant\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reports/" + report + "/correlation").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"correlation\": \"concordant\"}"))
			.andExpect(jsonPath("$.correlation").value("concordant"));
		mvc.perform(get("/api/v1/reports/" + report).with(login.as(staff.create(Role.CLERK))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/lesions/" + o.lesionId()).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.lineage[*].text").value(hasItems("Pathology report signed: Melanoma pT1b")));
	}
}
