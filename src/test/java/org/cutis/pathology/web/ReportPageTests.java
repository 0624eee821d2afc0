package org.cutis.pathology.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.Staff;
import org.cutis.support.WorklistPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pathologist's form, worklist and sign-out, the clinician's view with addenda, the PDF. */
@CutisTest
class ReportPageTests {
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
	PatientDirectory patients;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	WorklistPages worklist;

	@Test
	void pathologistWritesAndSignsTheClinicianReadsAmendsShowAboveAndThePdfCarriesTheHangulName() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(derm, derm, pathologist, clinic.patient(), "melanoma");
		String mrn = patients.find(o.patientId()).orElseThrow().mrn();
		String page = "/specimens/" + o.specimenId() + "/report";

		mvc.perform(get(worklist.pathologyAddress(o.specimenId())).with(login.as(pathologist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(o.accession())));
		mvc.perform(get("/pathology/worklist").with(login.as(derm))).andExpect(status().isForbidden());
		mvc.perform(get(page).with(login.as(pathologist)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-form\"")));
		// a clinician cannot open a report that is not written yet
		mvc.perform(get(page).with(login.as(derm))).andExpect(status().isNotFound());

		mvc.perform(post(page).with(login.as(pathologist)).header("Accept-Language", "en")
			.param("diagnosis", "MELANOMA").param("breslowMm", "120").param("mitoticRatePerMm2", "-1")
			.param("deepMarginInvolved", "true").param("deepMarginMm", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Must be between 0 and 100 mm.")))
			.andExpect(content().string(containsString("Must be between 0 and 1,000 per mm²")))
			.andExpect(content().string(containsString("An involved margin has no distance")));
		mvc.perform(post(page).with(login.as(pathologist))
			.param("diagnosis", "MELANOMA").param("breslowMm", "0.75").param("ulceration", "false")
			.param("peripheralMarginInvolved", "false").param("peripheralMarginMm", "2"))
			.andExpect(redirectedUrl(page + "?saved"));
		String form = mvc.perform(get(page).with(login.as(pathologist)))
			.andExpect(content().string(containsString("pT1b")))
			.andReturn().getResponse().getContentAsString();
		Matcher sign = Pattern.compile("/reports/([0-9a-f-]{36})/sign").matcher(form);
		assertThat(sign.find()).isTrue();
		String report = sign.group(1);

		mvc.perform(get(page).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Preliminary")));
		mvc.perform(post("/reports/" + report + "/sign").with(login.as(derm))).andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + report + "/sign").with(login.as(pathologist)).param("password", "wrong password"))
			.andExpect(redirectedUrl(page + "#sign-signature"));
		mvc.perform(post("/reports/" + report + "/sign").with(login.as(pathologist))
			.param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl(page + "?signed"));
		mvc.perform(get("/pathology/worklist").with(login.as(pathologist)))
			.andExpect(content().string(not(containsString(o.accession()))));
		mvc.perform(post("/reports/" + report + "/addenda").with(login.as(pathologist))
			.param("reason", "deep margin re-measured").param("text", "Deep margin 1.2 mm."))
			.andExpect(redirectedUrl(page + "#addendum-form"))
			.andExpect(flash().attribute("signatureField", "password"));
		mvc.perform(post("/reports/" + report + "/addenda").with(login.as(pathologist))
			.param("reason", "deep margin re-measured").param("text", "Deep margin 1.2 mm.").param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl(page + "?amended"));

		String view = mvc.perform(get(page).with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-pt\">pT1b<")))
			.andExpect(content().string(containsString("correlation-form")))
			.andReturn().getResponse().getContentAsString();
		assertThat(view.indexOf("deep margin re-measured")).isPositive().isLessThan(view.indexOf("original-heading"));
		mvc.perform(post("/reports/" + report + "/correlation").with(login.as(derm))
			.param("correlation", "DISCORDANT").param("note", "clinically a naevus"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(login.as(derm))).andExpect(content().string(containsString("id=\"rereview\"")));

		byte[] pdf = mvc.perform(get("/reports/" + report + "/report.pdf").with(login.as(derm)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = Pdf.text(pdf);
		assertThat(text).contains(Clinic.HANGUL_NAME, mrn, "pT1b", "deep margin re-measured", "0.75 mm");

		String clerk = staff.create(Role.CLERK);
		mvc.perform(get(page).with(login.as(clerk))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/" + report + "/report.pdf").with(login.as(clerk))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'VIEW'"
				+ " and record_type = 'pathology-report'", Integer.class, derm)).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'EXPORT'"
				+ " and record_type = 'pathology-report'", Integer.class, derm)).isEqualTo(1);
	}
}
