package org.cutis.staging;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cancer record accumulates evidence and never loses it (issue 8, findings 1, 3, 5, 9, 10, 11),
 * through the API as the clinic uses it: reports signed by a pathologist, work-up results recorded.
 */
@CutisTest
class CancerEvidenceApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;

	ResultActions cancer(Signed s) throws Exception {
		return mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist())));
	}

	void eventually(ThrowingCheck check) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(check::run);
	}

	interface ThrowingCheck {
		void run() throws Exception;
	}

	/** Finding 1: residual melanoma in situ in the wide excision does not downstage a 1.6 mm ulcerated melanoma. */
	@Test
	void aReExcisionAddsMarginsAndNeverLowersT() throws Exception {
		Signed s = cancers.melanoma("1.6", true);
		String date = JsonPath.read(cancer(s).andExpect(jsonPath("$.current.t").value("pT2b"))
			.andExpect(jsonPath("$.current.stage").value("IIA"))
			.andExpect(jsonPath("$.current.slnbAdvice").value("offer"))
			.andReturn().getResponse().getContentAsString(), "$.diagnosisDate");
		String excision = cancers.another(s, "re-excision", """
				{"diagnosis": "melanoma-in-situ", "peripheralMarginInvolved": false, "peripheralMarginMm": 9,
				 "deepMarginInvolved": false, "deepMarginMm": 4}
				""");
		eventually(() -> cancer(s).andExpect(jsonPath("$.evidence.reportIds", hasSize(2)))
			.andExpect(jsonPath("$.evidence.reportIds").value(hasItem(excision))));
		cancer(s).andExpect(jsonPath("$.current.t").value("pT2b"))
			.andExpect(jsonPath("$.current.stage").value("IIA"))
			.andExpect(jsonPath("$.current.slnbAdvice").value("offer"))
			.andExpect(jsonPath("$.diagnosisDate").value(date))
			.andExpect(jsonPath("$.diagnosis").value("melanoma"))
			.andExpect(jsonPath("$.findings.breslowMm").value(1.6))
			.andExpect(jsonPath("$.current.explanation").value(hasItem(containsString("Re-excision"))));
	}

	/** Finding 3: a structured addendum revising the thickness restages; the original values stay readable. */
	@Test
	void aStructuredAddendumRestagesAndKeepsTheOriginal() throws Exception {
		Signed s = cancers.melanoma("1.6", false);
		mvc.perform(post("/api/v1/reports/" + s.reportId() + "/addenda").with(login.as(s.pathologist()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"" + Staff.PASSWORD + "\", \"text\": \"Deeper levels\", \"findings\": {\"breslowMm\": 3.2}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
		mvc.perform(post("/api/v1/reports/" + s.reportId() + "/addenda").with(login.as(s.pathologist()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"" + Staff.PASSWORD + "\", \"reason\": \"deeper levels\", \"text\": \"Deeper levels\", \"findings\": {\"breslowMm\": -1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings.breslowMm"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be between 0 and 100 mm."));
		mvc.perform(post("/api/v1/reports/" + s.reportId() + "/addenda").with(login.as(s.pathologist()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"password": "%s", "reason": "deeper levels", "text": "Deeper levels show a thicker invasive component.",
					 "findings": {"breslowMm": 3.2}}
					""".formatted(Staff.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findingsVersion").value(2))
			.andExpect(jsonPath("$.changes[0]").value(containsString("breslowMm: 1.6 → 3.2")));
		mvc.perform(get("/api/v1/reports/" + s.reportId()).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.breslowMm").value(3.2))
			.andExpect(jsonPath("$.pT").value("pT3a"))
			.andExpect(jsonPath("$.versions", hasSize(2)))
			.andExpect(jsonPath("$.versions[0].breslowMm").value(1.6))
			.andExpect(jsonPath("$.versions[0].pT").value("pT2a"));
		eventually(() -> cancer(s).andExpect(jsonPath("$.current.t").value("pT3a"))
			.andExpect(jsonPath("$.current.stage").value("IIA"))
			.andExpect(jsonPath("$.current.occasion").value("amendment"))
			.andExpect(jsonPath("$.evidence.items[?(@.superseded == true)].breslowMm").value(hasItem(1.6))));
		// the stage moved to IIA: the imaging is still not routine, but the SLNB stays offered
		cancer(s).andExpect(jsonPath("$.current.slnbAdvice").value("offer"));
		// a family change by addendum (melanoma → BCC) is refused without a reason, like any addendum
		mvc.perform(post("/api/v1/reports/" + s.reportId() + "/addenda").with(login.as(s.pathologist()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"" + Staff.PASSWORD + "\", \"text\": \"t\", \"findings\": {\"diagnosis\": \"bcc\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
	}

	/** Finding 5: sentinel nodes of two basins add up: axilla 1 of 2 and groin 0 of 1 is pN1a, IIIA. */
	@Test
	void sentinelNodesOfEveryBasinCount() throws Exception {
		Signed s = cancers.melanoma("1.5", false);
		String url = "/api/v1/cancers/" + s.cancerId() + "/workup-results";
		mvc.perform(post(url).with(login.as(s.dermatologist())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"slnb\", \"basin\": \"left-axilla\", \"slnb\": {\"nodesExamined\": 2, \"nodesPositive\": 1}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposal.n").value("pN1a"));
		String proposal = JsonPath.read(mvc.perform(post(url).with(login.as(s.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"slnb\", \"basin\": \"right-groin\", \"slnb\": {\"nodesExamined\": 1, \"nodesPositive\": 0}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposal.pathological.n").value("pN1a"))
			.andExpect(jsonPath("$.proposal.pathological.stage").value("IIIA"))
			.andReturn().getResponse().getContentAsString(), "$.proposal.id");
		mvc.perform(post(url).with(login.as(s.dermatologist())).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"slnb\", \"basin\": \"left-axilla\", \"slnb\": {\"nodesExamined\": 1, \"nodesPositive\": 0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basin"));
		mvc.perform(post(url).with(login.as(s.dermatologist())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"slnb\", \"basin\": \"armpit\", \"slnb\": {\"nodesExamined\": 1, \"nodesPositive\": 0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basin"));
		// the proposal waits on the coordinator's list until a clinician confirms it
		mvc.perform(get("/api/v1/staging-proposals").with(login.as(s.nurse())))
			.andExpect(jsonPath("$[*].proposal.id").value(hasItem(proposal)));
		mvc.perform(post("/api/v1/cancers/" + s.cancerId() + "/staging/" + proposal + "/accept")
			.with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.current.n").value("pN1a"))
			.andExpect(jsonPath("$.current.stage").value("IIIA"))
			.andExpect(jsonPath("$.evidence.workupResultIds", hasSize(2)))
			// stage III: baseline imaging is now proposed (finding 11)
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'ct')].advice").value(hasItem("recommended")));
		mvc.perform(get("/api/v1/staging-proposals").with(login.as(s.nurse())))
			.andExpect(jsonPath("$[*].proposal.id").value(not(hasItem(proposal))));
	}

	/** Finding 11: no imaging or LDH for an asymptomatic stage IA; considered for IIB. */
	@Test
	void imagingFollowsTheStage() throws Exception {
		Signed thin = cancers.melanoma("0.5", false);
		cancer(thin).andExpect(jsonPath("$.current.stage").value("IA"))
			.andExpect(jsonPath("$.current.imagingAdvice").value("not-routine"))
			.andExpect(jsonPath("$.workupOrders", hasSize(0)));
		Signed thick = cancers.melanoma("3.2", true);
		cancer(thick).andExpect(jsonPath("$.current.clinical.stage").value("IIB"))
			.andExpect(jsonPath("$.current.imagingAdvice").value("consider"))
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'ct')].advice").value(hasItem("consider")))
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'ldh')].advice").value(hasItem("consider")));
	}

	/** Finding 9: a transected base is TX with the reason; a measured thickness with a transected base is a minimum. */
	@Test
	void unmeasurableAndTransectedMicrostagingIsSaidNotHidden() throws Exception {
		Signed tx = cancers.signed("melanoma", """
				{"diagnosis": "melanoma", "breslowNotAssessable": "transected", "ulceration": false}
				""");
		cancer(tx).andExpect(jsonPath("$.current.t").value("pTX"))
			.andExpect(jsonPath("$.current.stage").doesNotExist())
			.andExpect(jsonPath("$.current.explanation").value(hasItem(containsString("transected"))));
		Signed shave = cancers.signed("melanoma", """
				{"diagnosis": "melanoma", "breslowMm": 0.6, "ulceration": false, "deepMarginInvolved": true,
				 "deepMarginTransected": true}
				""");
		mvc.perform(get("/api/v1/reports/" + shave.reportId()).with(login.as(shave.dermatologist())))
			.andExpect(jsonPath("$.pT").value("pT1a"))
			.andExpect(jsonPath("$.ptExplanation").value(containsString("Microstaging uncertain")));
		cancer(shave).andExpect(jsonPath("$.current.t").value("pT1a"))
			.andExpect(jsonPath("$.current.microstagingUncertain").value(true))
			.andExpect(jsonPath("$.findings.microstagingUncertain").value(true))
			.andExpect(jsonPath("$.current.slnbAdvice").value("consider"));
	}

	/** Finding 10: pT1a with microsatellites is N1c (stage III); SLNB is not "not recommended". */
	@Test
	void microsatellitesChangeTheNodesAndTheSlnbAdvice() throws Exception {
		Signed s = cancers.signed("melanoma", """
				{"diagnosis": "melanoma", "breslowMm": 0.5, "ulceration": false, "microsatellites": true}
				""");
		cancer(s).andExpect(jsonPath("$.current.clinical.n").value("cN1c"))
			.andExpect(jsonPath("$.current.clinical.stage").value("III"))
			.andExpect(jsonPath("$.current.slnbAdvice").value("consider"));
	}

	/**
	 * Finding 9: an in-transit metastasis biopsied as a new lesion is filed under its primary, not
	 * opened as a new primary; a metastasis without a known primary is refused by field.
	 */
	@Test
	void aMetastasisIsFiledUnderItsPrimary() throws Exception {
		Signed s = cancers.melanoma("1.5", false);
		Signed other = cancers.melanoma("0.5", false);
		var o = cancers.receivedNewLesion(s, "melanoma");
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report").with(login.as(s.pathologist()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"melanoma-metastasis\", \"metastasisType\": \"in-transit\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("cancerId")));
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report").with(login.as(s.pathologist()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"melanoma-metastasis\", \"metastasisType\": \"in-transit\", \"cancerId\": \"%s\"}"
				.formatted(other.cancerId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cancerId"));
		mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report").with(login.as(s.pathologist()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diagnosis\": \"melanoma-metastasis\", \"metastasisType\": \"wandering\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("metastasisType"));
		String report = cancers.report(s.pathologist(), o.specimenId(), """
				{"diagnosis": "melanoma-metastasis", "metastasisType": "in-transit", "cancerId": "%s"}
				""".formatted(s.cancerId()));
		cancers.sign(s.pathologist(), report);
		eventually(() -> cancer(s).andExpect(jsonPath("$.evidence.reportIds").value(hasItem(report)))
			.andExpect(jsonPath("$.current.clinical.n").value("cN1c"))
			.andExpect(jsonPath("$.current.clinical.stage").value("III")));
		assertThat(cancers.cancerOfLesion(java.util.UUID.fromString(o.lesionId()))).isEmpty();
	}

	/**
	 * Finding 7: the lesion's clinical diameter reaches staging (a cheek cSCC of 25 mm, 3 mm deep is
	 * T2, not TX); a trunk BCC gets its risk group once the clinician records the borders.
	 */
	@Test
	void keratinocyteCancersAreStagedFromTheLesionAndTheCliniciansFindings() throws Exception {
		Signed cheek = cancers.signedAt("head", "cheek", 25, "cscc", """
				{"diagnosis": "cscc", "differentiation": "well differentiated", "tumourDepthMm": 3}
				""");
		cancer(cheek).andExpect(jsonPath("$.current.t").value("pT2"))
			.andExpect(jsonPath("$.current.n").value("cN0"))
			.andExpect(jsonPath("$.current.stage").value("II"))
			.andExpect(jsonPath("$.current.bwhT").value("T2a"))
			.andExpect(jsonPath("$.findings.diameterCm").value(2.5));
		// differentiation not given: BWH is indeterminate, never T1 by default (finding 12)
		Signed unknown = cancers.signedAt("head", "cheek", 15, "cscc", """
				{"diagnosis": "cscc", "tumourDepthMm": 1.5}
				""");
		cancer(unknown).andExpect(jsonPath("$.current.bwhT").value("indeterminate"));
		Signed trunk = cancers.signedAt("back", "back", 10, "bcc", """
				{"diagnosis": "bcc", "bccSubtypes": "nodular"}
				""");
		cancer(trunk).andExpect(jsonPath("$.current.bccRisk").value("indeterminate"));
		mvc.perform(post("/api/v1/cancers/" + trunk.cancerId() + "/clinical-findings").with(login.as(trunk.dermatologist()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"borders\": \"well-defined\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.bccRisk").value("low"))
			.andExpect(jsonPath("$.clinicalFindings.borders").value("well-defined"));
	}

	/** Finding 8: a T1 melanoma without a sentinel node keeps clinical nodes: pT1b cN0 cM0, pathological IA. */
	@Test
	void aT1MelanomaWithoutSlnbIsNotPN0() throws Exception {
		Signed s = cancers.melanoma("0.9", false);
		cancer(s).andExpect(jsonPath("$.current.pathological.t").value("pT1b"))
			.andExpect(jsonPath("$.current.pathological.n").value("cN0"))
			.andExpect(jsonPath("$.current.pathological.stage").value("IA"))
			.andExpect(jsonPath("$.current.clinical.stage").value("IB"))
			.andExpect(jsonPath("$.current.n").value("cN0"));
	}
}
