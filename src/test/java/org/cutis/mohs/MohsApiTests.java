package org.cutis.mohs;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.cutis.support.TestDatabase;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentReferral;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Mohs API contract of issue 11: a case behind the AUC gate, stages on the map's blocks, the
 * closure, the signed operative report and its PDF, with the refusals the contract names.
 */
@CutisTest
@RecordApplicationEvents
class MohsApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	ApplicationEvents events;

	Signed noseBcc() throws Exception {
		return cancers.signedAt("head", "nose", 12, "bcc", """
				{"diagnosis": "bcc", "bccSubtypes": "nodular"}
				""");
	}

	ResultActions post(String user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String open(Signed s) throws Exception {
		return JsonPath.read(post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "patient": "healthy", "recurrent": false, "priorRadiationAtSite": false}
				""".formatted(s.lesionId(), s.cancerId())).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	static final String STAGE_ONE = """
			{"blocks": [{"number": 1, "fromClock": 12, "toClock": 2, "margin": "clear"},
			            {"number": 2, "fromClock": 2, "toClock": 4, "margin": "peripheral"},
			            {"number": 3, "fromClock": 4, "toClock": 8, "margin": "clear"},
			            {"number": 4, "fromClock": 8, "toClock": 12, "margin": "clear"}], "frozenSectionMinutes": 35}
			""";

	static final String STAGE_TWO_CLEAR = """
			{"blocks": [{"number": 1, "fromClock": 2, "toClock": 4, "margin": "clear"}], "frozenSectionMinutes": 25}
			""";

	@Test
	void aNodularBccOfTheNoseIsAppropriateFromItsPathologyAndLesion() throws Exception {
		Signed s = noseBcc();
		post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "patient": "healthy", "recurrent": false, "priorRadiationAtSite": false}
				""".formatted(s.lesionId(), s.cancerId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tumor").value("bcc-nodular"))
			.andExpect(jsonPath("$.site").value("nose"))
			.andExpect(jsonPath("$.diameterCm").value(1.2))
			.andExpect(jsonPath("$.auc.value").value("appropriate"))
			.andExpect(jsonPath("$.auc.area").value("H"))
			.andExpect(jsonPath("$.auc.explanation[0]").value(containsString("Nose")))
			.andExpect(jsonPath("$.status").value("open"));
		// the explanation in the language asked for
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/mohs-cases")
			.with(login.as(s.dermatologist()))
			.header("Accept-Language", "ko")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"lesionId": "%s", "cancerId": "%s", "tumor": "bcc-nodular", "diameterCm": 1.2, "patient": "healthy"}
					""".formatted(s.lesionId(), s.cancerId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.auc.explanation[0]").value(containsString("구역")));
	}

	@Test
	void immuneStatusRecurrenceAndPriorRadiationComeFromTheCancersClinicalFindings() throws Exception {
		Signed s = noseBcc();
		post(s.dermatologist(), "/api/v1/cancers/" + s.cancerId() + "/clinical-findings", """
				{"recurrent": true, "priorRadiotherapy": true, "immunosuppressed": true}
				""").andExpect(status().isOk());
		post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s"}
				""".formatted(s.lesionId(), s.cancerId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.patient").value("immunocompromised"))
			.andExpect(jsonPath("$.recurrent").value(true))
			.andExpect(jsonPath("$.priorRadiationAtSite").value(true))
			.andExpect(jsonPath("$.auc.value").value("appropriate"));
		// what the surgeon says wins
		post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "patient": "healthy", "recurrent": false, "priorRadiationAtSite": false}
				""".formatted(s.lesionId(), s.cancerId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.patient").value("healthy"))
			.andExpect(jsonPath("$.recurrent").value(false));
	}

	@Test
	void anInappropriateOrUnratedCaseNeedsAReasonAndKeepsIt() throws Exception {
		Signed s = noseBcc();
		String body = """
				{"lesionId": "%s", "cancerId": "%s", "tumor": "ak-with-focal-scc-in-situ", "diameterCm": 0.8,
				 "patient": "healthy", "recurrent": false, "priorRadiationAtSite": false%s}
				""";
		post(s.dermatologist(), "/api/v1/mohs-cases", body.formatted(s.lesionId(), s.cancerId(), ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(s.dermatologist(), "/api/v1/mohs-cases",
				body.formatted(s.lesionId(), s.cancerId(), ", \"reason\": \"Tissue sparing on the alar rim\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.auc.value").value("inappropriate"))
			.andExpect(jsonPath("$.reason").value("Tissue sparing on the alar rim"));
		// a not-rated scenario too: the genetic-syndrome modifier is verified for BCC only
		post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "tumor": "ak-with-focal-scc-in-situ", "diameterCm": 0.8,
				 "patient": "genetic-syndrome"}
				""".formatted(s.lesionId(), s.cancerId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
		post(s.dermatologist(), "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "tumor": "bcc-huge", "patient": "sleepy", "diameterCm": 500}
				""".formatted(s.lesionId(), s.cancerId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("tumor", "patient",
					"diameterCm")));
	}

	@Test
	void stagesOnlyWhereThePreviousWasPositiveThenClosureSignatureAndPdf() throws Exception {
		Signed s = noseBcc();
		String id = open(s);
		String derm = s.dermatologist();
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", STAGE_ONE).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.allClear").value(false))
			.andExpect(jsonPath("$.blocks[1].margin").value("peripheral"));
		// a block without margin status, clocks outside 1-12: field errors, nothing recorded
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", """
				{"blocks": [{"number": 1, "fromClock": 2, "toClock": 4},
				            {"number": 2, "fromClock": 0, "toClock": 13, "margin": "clear"}], "frozenSectionMinutes": 20}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("blocks[0].margin",
					"blocks[1].fromClock", "blocks[1].toClock")));
		// the second layer only where the first was positive (2 to 4 o'clock)
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", """
				{"blocks": [{"number": 1, "fromClock": 6, "toClock": 8, "margin": "clear"}], "frozenSectionMinutes": 20}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("blocks[0].fromClock"));
		// a stage recorded on a case someone else changed meanwhile is refused (optimistic locking)
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", STAGE_TWO_CLEAR.replace("\"frozenSectionMinutes\": 25",
				"\"frozenSectionMinutes\": 25, \"version\": 0")).andExpect(status().isConflict());
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", STAGE_TWO_CLEAR).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.allClear").value(true));
		// no stage after an all-clear stage: refused with the reason
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", STAGE_TWO_CLEAR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("2")));

		post(derm, "/api/v1/mohs-cases/" + id + "/closure", """
				{"defectLengthMm": 18, "defectWidthMm": 14, "closure": "flap"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("detail"));
		post(derm, "/api/v1/mohs-cases/" + id + "/closure", """
				{"defectLengthMm": 18, "defectWidthMm": 14, "closure": "flap", "detail": "bilobed"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("closed"))
			.andExpect(jsonPath("$.stageCount").value(2))
			.andExpect(jsonPath("$.frozenSectionMinutes").value(60))
			.andExpect(jsonPath("$.closure").value("flap"))
			.andExpect(jsonPath("$.detail").value("bilobed"));
		assertThat(events.stream(TreatmentRecorded.class)).anySatisfy(e -> {
			assertThat(e.cancerId()).isEqualTo(s.cancerId());
			assertThat(e.type()).isEqualTo(TreatmentType.MOHS_SURGERY);
			assertThat(e.finished()).isTrue();
			assertThat(e.link()).isEqualTo("/mohs-cases/" + id);
		});
		assertThat(events.stream(TreatmentReferral.class)).isEmpty();
		// a stage on a closed case
		post(derm, "/api/v1/mohs-cases/" + id + "/stages", STAGE_TWO_CLEAR).andExpect(status().isConflict());

		// the PDF only once signed; the signature asks for the password again
		mvc.perform(get("/api/v1/mohs-cases/" + id + "/report.pdf").with(login.as(derm))).andExpect(status().isConflict());
		post(derm, "/api/v1/mohs-cases/" + id + "/sign", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		post(derm, "/api/v1/mohs-cases/" + id + "/sign", Staff.SIGNATURE_JSON).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("signed"))
			.andExpect(jsonPath("$.signatureMethod").value("password"));
		post(derm, "/api/v1/mohs-cases/" + id + "/sign", Staff.SIGNATURE_JSON).andExpect(status().isConflict());
		post(derm, "/api/v1/mohs-cases/" + id + "/addenda",
				"{\"text\": \"Suture removal on day 7\", \"password\": \"" + Staff.PASSWORD + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.signatureMethod").value("password"));
		byte[] pdf = mvc.perform(get("/api/v1/mohs-cases/" + id + "/report.pdf").with(login.as(derm))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Pdf.text(pdf)).contains("모스 수술 기록").contains("한가람").contains("이엽 피판").contains("Suture removal on day 7");
		// stages and addenda are append-only, the case is never deleted
		assertThatThrownBy(() -> jdbc.update("update mohs_stage set blocks = '1:1-2:clear' where case_id = ?::uuid", id))
			.hasStackTraceContaining("permission denied");
		JdbcTemplate owner = TestDatabase.owner();
		assertThatThrownBy(() -> owner.update("update mohs_stage set blocks = '1:1-2:clear' where case_id = ?::uuid", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from mohs_report_addendum where case_id = ?::uuid", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from mohs_case where id = ?::uuid", id)).hasMessageContaining("never deleted");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ? and action = 'EXPORT'",
				Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aReferralToPlasticSurgeryAsksThatDepartmentToReconstruct() throws Exception {
		Signed s = noseBcc();
		String id = open(s);
		post(s.dermatologist(), "/api/v1/mohs-cases/" + id + "/stages", STAGE_ONE.replace("peripheral", "clear"))
			.andExpect(status().isCreated());
		String plastic = staff.create(Role.SURGEON, Department.PLASTIC_SURGERY);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		// "referral", as the issue names it, is the referral to plastic surgery
		post(s.dermatologist(), "/api/v1/mohs-cases/" + id + "/closure", """
				{"defectLengthMm": 32, "defectWidthMm": 25.5, "closure": "referral"}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.closure").value("plastic-surgery-referral"));
		assertThat(events.stream(TreatmentReferral.class)).singleElement().satisfies(e -> {
			assertThat(e.cancerId()).isEqualTo(s.cancerId());
			assertThat(e.type()).isEqualTo(TreatmentType.RECONSTRUCTION);
			assertThat(e.department()).isEqualTo(Department.PLASTIC_SURGERY);
		});
		// end to end: the cancer's plan (opened by the referral) gains the reconstruction for plastic
		// surgery, which reaches that department's "my patients to treat" (API and page), not oncology's
		String work = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mvc
			.perform(get("/api/v1/treatment-worklist").with(login.as(plastic)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				json -> !JsonPath.<List<String>>read(json, "$[?(@.cancerId == '" + s.cancerId() + "')].itemId").isEmpty());
		String itemId = JsonPath.<List<String>>read(work, "$[?(@.cancerId == '" + s.cancerId() + "')].itemId").get(0);
		assertThat(JsonPath.<List<String>>read(work, "$[?(@.itemId == '" + itemId + "')].type")).containsExactly("reconstruction");
		assertThat(JsonPath.<List<String>>read(work, "$[?(@.itemId == '" + itemId + "')].department"))
			.containsExactly("plastic-surgery");
		String planId = JsonPath.<List<String>>read(work, "$[?(@.itemId == '" + itemId + "')].planId").get(0);
		mvc.perform(get("/api/v1/treatment-plans/" + planId).with(login.as(plastic))).andExpect(status().isOk())
			.andExpect(jsonPath("$.cancerId").value(s.cancerId().toString()))
			.andExpect(jsonPath("$.items[?(@.id == '" + itemId + "')].source").value(hasItem("referral")))
			.andExpect(jsonPath("$.items[?(@.id == '" + itemId + "')].link").value(hasItem("/mohs-cases/" + id)));
		mvc.perform(get("/treatment-worklist").with(login.as(plastic)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"work-" + itemId + "\"")))
			.andExpect(content().string(containsString("성형외과")));
		mvc.perform(get("/api/v1/treatment-worklist").with(login.as(oncologist)))
			.andExpect(jsonPath("$[*].itemId", not(hasItem(itemId))));
		// plastic surgery moves its own item
		post(plastic, "/api/v1/treatment-plans/" + planId + "/items/" + itemId + "/status", """
				{"status": "in-progress"}
				""").andExpect(status().isOk());
		// only the operating surgeon signs
		String other = staff.create(Role.SURGEON);
		post(other, "/api/v1/mohs-cases/" + id + "/sign", Staff.SIGNATURE_JSON).andExpect(status().isConflict());
	}

	@Test
	void clinicalStaffReadCasesOnlySurgeonsAndDermatologistsRecordThemClerksSeeNone() throws Exception {
		Signed s = noseBcc();
		String id = open(s);
		mvc.perform(get("/api/v1/mohs-cases/" + id).with(login.as(s.nurse()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.auc.value").value("appropriate"));
		post(s.nurse(), "/api/v1/mohs-cases/" + id + "/stages", STAGE_ONE).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/mohs-cases/" + id).with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ? and action = 'VIEW'",
				Integer.class, id)).isEqualTo(1);
		// the case is on the chart timeline and in the lesion's lineage
		mvc.perform(get("/lesions/" + s.lesionId()).with(login.as(s.dermatologist()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/mohs-cases/" + id)));
		mvc.perform(get("/patients/" + s.patientId()).with(login.as(s.dermatologist()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/mohs-cases/" + id)));
		mvc.perform(get("/patients/" + s.patientId()).with(login.as(staff.create(Role.CLERK)))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/mohs-cases/" + id))));
	}
}
