package org.cutis.support;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Role;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cancers the way the clinic makes them: a lesion biopsied, the specimen received, a synoptic
 * report written and signed by a pathologist, and the cancer opened by staging from the signed
 * report's event. There is no other way to put tumour facts into Cutis.
 */
@Component
public class SignedCancers {
	private final ObjectProvider<MockMvc> mockMvc;
	private final Login login;
	private final Staff staff;
	private final Clinic clinic;
	private final BiopsyFlow flow;
	private final CancerDirectory cancers;

	SignedCancers(ObjectProvider<MockMvc> mockMvc, Login login, Staff staff, Clinic clinic, BiopsyFlow flow,
			CancerDirectory cancers) {
		this.mockMvc = mockMvc;
		this.login = login;
		this.staff = staff;
		this.clinic = clinic;
		this.flow = flow;
		this.cancers = cancers;
	}

	/** Who did what, the patient and lesion, the signed report and the cancer it opened. */
	public record Signed(String dermatologist, String nurse, String pathologist, UUID patientId, String lesionId,
			String specimenId, String reportId, UUID cancerId) {
	}

	/** A melanoma of the given Breslow thickness, signed, with its cancer opened and staged. */
	public Signed melanoma(String breslowMm, boolean ulcerated) throws Exception {
		return signed("melanoma", """
				{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading", "breslowMm": %s,
				 "ulceration": %s, "mitoticRatePerMm2": 2, "peripheralMarginInvolved": false, "deepMarginInvolved": false}
				""".formatted(breslowMm, ulcerated));
	}

	/** A signed report of a lesion at {@code site} (body-map view) with its clinical size in mm. */
	public Signed signedAt(String view, String site, int sizeMm, String impression, String reportJson)
			throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		UUID patient = clinic.patient();
		String lesion = flow.lesion(derm, patient, view, site, sizeMm, impression);
		var o = flow.receivedOf(derm, nurse, pathologist, patient, lesion, site);
		String report = report(pathologist, o.specimenId(), reportJson);
		sign(pathologist, report);
		UUID cancerId = awaitCancer(UUID.fromString(lesion));
		return new Signed(derm, nurse, pathologist, patient, lesion, o.specimenId(), report, cancerId);
	}

	/** A melanoma of a registered patient (a new lesion of theirs), signed and staged. */
	public Signed melanomaOf(UUID patientId, String breslowMm, boolean ulcerated) throws Exception {
		return signed(patientId, "melanoma", """
				{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading", "breslowMm": %s,
				 "ulceration": %s, "mitoticRatePerMm2": 2, "peripheralMarginInvolved": false, "deepMarginInvolved": false}
				""".formatted(breslowMm, ulcerated));
	}

	/** Any signed report of a new lesion on a new patient; awaits the cancer when the report opens one. */
	public Signed signed(String impression, String reportJson) throws Exception {
		return signed(clinic.patient(), impression, reportJson);
	}

	public Signed signed(UUID patientId, String impression, String reportJson) throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var o = flow.received(derm, nurse, pathologist, patientId, impression);
		String report = report(pathologist, o.specimenId(), reportJson);
		sign(pathologist, report);
		UUID cancerId = awaitCancer(UUID.fromString(o.lesionId()));
		return new Signed(derm, nurse, pathologist, o.patientId(), o.lesionId(), o.specimenId(), report, cancerId);
	}

	/** Another specimen of the same lesion (re-excision, recurrence ...) reported and signed. */
	public String another(Signed of, String purpose, String reportJson) throws Exception {
		var o = flow.received(of.dermatologist(), of.nurse(), of.pathologist(), of.patientId(), of.lesionId(),
				purpose);
		String report = report(of.pathologist(), o.specimenId(), reportJson);
		sign(of.pathologist(), report);
		return report;
	}

	/** A structured addendum of the signed report: the corrected findings as JSON (e.g. {"breslowMm": 2.4}). */
	public void correct(Signed s, String findingsJson) throws Exception {
		mockMvc.getObject()
			.perform(post("/api/v1/reports/" + s.reportId() + "/addenda").with(login.as(s.pathologist()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"" + Staff.PASSWORD + "\", \"reason\": \"deeper levels\", \"text\": \"Deeper levels cut.\", \"findings\": " + findingsJson
						+ "}"))
			.andExpect(status().isCreated());
	}

	/** A new lesion of the same patient biopsied and received, its report still to be written. */
	public BiopsyFlow.Ordered receivedNewLesion(Signed of, String impression) throws Exception {
		return flow.received(of.dermatologist(), of.nurse(), of.pathologist(), of.patientId(), impression);
	}

	public java.util.Optional<UUID> cancerOfLesion(UUID lesionId) {
		return cancers.findByLesion(lesionId).map(CancerSummary::id);
	}

	public String report(String pathologist, String specimenId, String json) throws Exception {
		return JsonPath.read(mockMvc.getObject()
			.perform(post("/api/v1/specimens/" + specimenId + "/report").with(login.as(pathologist))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	public void sign(String pathologist, String reportId) throws Exception {
		mockMvc.getObject()
			.perform(post("/api/v1/reports/" + reportId + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isOk());
	}

	/** Staging opens the cancer after the signature commits (the event registry runs it); wait for it. */
	public UUID awaitCancer(UUID lesionId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> cancers.findByLesion(lesionId), found -> found.isPresent())
			.map(CancerSummary::id)
			.orElseThrow();
	}
}
