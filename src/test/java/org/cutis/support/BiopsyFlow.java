package org.cutis.support;

import java.util.UUID;

import org.cutis.patient.PatientDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A lesion with a photo and a biopsy order, through the API as a dermatologist would make them. */
@Component
public class BiopsyFlow {
	// a provider, because the two-node test builds contexts without MockMvc that scan this class too
	private final ObjectProvider<MockMvc> mockMvc;
	private final Login login;
	private final PatientDirectory patients;

	BiopsyFlow(ObjectProvider<MockMvc> mockMvc, Login login, PatientDirectory patients) {
		this.mockMvc = mockMvc;
		this.login = login;
		this.patients = patients;
	}

	public record Ordered(UUID patientId, String lesionId, String photoId, String specimenId, String accession) {
	}

	public Ordered order(String derm, UUID patient, String impression, String technique) throws Exception {
		return order(derm, patient, lesion(derm, patient, "back", "back", 7, impression), technique, "diagnostic");
	}

	/** A lesion placed on the body map: its view, site (the rules' code) and clinical size. */
	public String lesion(String derm, UUID patient, String view, String site, int sizeMm, String impression)
			throws Exception {
		return JsonPath.read(mockMvc.getObject().perform(post("/api/v1/patients/" + patient + "/lesions")
			.with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"view": "%s", "x": 40, "y": 30, "site": "%s", "laterality": "left", "sizeMm": %d,
					 "impression": "%s", "suspicion": "high"}
					""".formatted(view, site, sizeMm, impression))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	/** A diagnostic punch of a lesion already on the map, collected, sent and received. */
	public Ordered receivedOf(String derm, String collector, String pathologist, UUID patient, String lesion,
			String site) throws Exception {
		return receive(collector, pathologist, order(derm, patient, lesion, "punch", "diagnostic"), site);
	}

	/**
	 * A biopsy of an existing lesion for a purpose: diagnostic, re-excision, recurrence, metastasis.
	 * The default 3 mm punch samples only part of the usual 7 mm lesion; for a suspected melanoma
	 * that is acknowledged deliberately, as the order form asks.
	 */
	public Ordered order(String derm, UUID patient, String lesion, String technique, String purpose) throws Exception {
		MockMvc mvc = mockMvc.getObject();
		MockMultipartFile png = new MockMultipartFile("file", "d.png", "image/png", Clinic.image("png", 80, 60));
		String photo = JsonPath.read(mvc.perform(multipart("/api/v1/lesions/" + lesion + "/photos").file(png)
			.param("kind", "dermoscopic")
			.with(login.as(derm))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		String body = mvc.perform(post("/api/v1/lesions/" + lesion + "/biopsies").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"technique": "%s", "clinicalHistory": "enlarging for 3 months", "photoId": "%s", "purpose": "%s",
					 "acknowledgeMelanomaWarning": true}
					""".formatted(technique, photo, purpose))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return new Ordered(patient, lesion, photo, JsonPath.read(body, "$.id"), JsonPath.read(body, "$.accession"));
	}

	/**
	 * An order collected and sent by {@code collector}, then received by the pathologist with the
	 * accession, MRN and site checked: the starting point of every report.
	 */
	public Ordered received(String derm, String collector, String pathologist, UUID patient, String impression)
			throws Exception {
		return receive(collector, pathologist, order(derm, patient, impression, "punch"));
	}

	/** A further specimen of the same lesion (re-excision, recurrence ...), collected, sent and received. */
	public Ordered received(String derm, String collector, String pathologist, UUID patient, String lesion,
			String purpose) throws Exception {
		return receive(collector, pathologist, order(derm, patient, lesion, "punch", purpose));
	}

	private Ordered receive(String collector, String pathologist, Ordered o) throws Exception {
		return receive(collector, pathologist, o, "back");
	}

	private Ordered receive(String collector, String pathologist, Ordered o, String site) throws Exception {
		UUID patient = o.patientId();
		String mrn = patients.find(patient).orElseThrow().mrn();
		step(collector, o.specimenId(), "{\"type\": \"collect\"}");
		step(collector, o.specimenId(), "{\"type\": \"send\"}");
		step(pathologist, o.specimenId(), """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "%s"}
				""".formatted(o.accession(), mrn, site));
		return o;
	}

	/**
	 * A received specimen reported with {@code findings} (the report API's JSON) and signed by the
	 * pathologist; returns the report id.
	 */
	public String signed(String pathologist, String specimenId, String findings) throws Exception {
		MockMvc mvc = mockMvc.getObject();
		String report = JsonPath.read(mvc.perform(post("/api/v1/specimens/" + specimenId + "/report")
			.with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content(findings)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isOk());
		return report;
	}

	/**
	 * Moves a specimen's whole story {@code days} back in time, as the demonstration loader does:
	 * the steps are append-only and the application role may not change them, so this goes through
	 * the schema owner's {@code backdate_specimen_steps} (V630) on the owner's connection.
	 */
	public void backdate(String specimenId, int days) {
		TestDatabase.owner()
			.queryForObject("select backdate_specimen_steps(array[?::uuid], make_interval(days => ?))", Integer.class,
					specimenId, days);
	}

	public void step(String user, String specimenId, String json) throws Exception {
		mockMvc.getObject().perform(post("/api/v1/specimens/" + specimenId + "/events").with(login.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}
}
