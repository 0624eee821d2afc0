package org.cutis.support;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lesion biopsied for a clinical impression, reported and signed through the API, as the
 * pathology screens would; the signature starts staging (and the tumor board) downstream.
 */
@Component
public class PathologyFlow {
	// a provider, as in BiopsyFlow: the two-node test builds contexts without MockMvc
	private final ObjectProvider<MockMvc> mockMvc;
	private final Login login;
	private final BiopsyFlow biopsy;

	PathologyFlow(ObjectProvider<MockMvc> mockMvc, Login login, BiopsyFlow biopsy) {
		this.mockMvc = mockMvc;
		this.login = login;
		this.biopsy = biopsy;
	}

	/** A signed report: the lesion taken for {@code impression}, the report's synoptic fields as JSON. */
	public Signed signed(String derm, String nurse, String pathologist, UUID patient, String impression,
			String reportJson) throws Exception {
		MockMvc mvc = mockMvc.getObject();
		BiopsyFlow.Ordered o = biopsy.received(derm, nurse, pathologist, patient, impression);
		String report = JsonPath.read(mvc.perform(post("/api/v1/specimens/" + o.specimenId() + "/report")
			.with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON)
			.content(reportJson)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/reports/" + report + "/sign").with(login.as(pathologist))
			.contentType(MediaType.APPLICATION_JSON).content(Staff.SIGNATURE_JSON))
			.andExpect(status().isOk());
		return new Signed(patient, UUID.fromString(o.lesionId()), UUID.fromString(o.specimenId()),
				UUID.fromString(report), o.photoId());
	}

	/** The dermatologist finds the result discordant with what the lesion was taken for. */
	public void discordant(String derm, UUID report, String note) throws Exception {
		mockMvc.getObject().perform(post("/api/v1/reports/" + report + "/correlation").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"correlation": "discordant", "note": "%s"}
					""".formatted(note))).andExpect(status().isOk());
	}

	public static String melanoma(String breslowMm) {
		return """
				{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading", "breslowMm": %s,
				 "ulceration": false, "mitoticRatePerMm2": 1, "peripheralMarginInvolved": false,
				 "deepMarginInvolved": false}
				""".formatted(breslowMm);
	}

	public record Signed(UUID patientId, UUID lesionId, UUID specimenId, UUID reportId, String photoId) {
	}
}
