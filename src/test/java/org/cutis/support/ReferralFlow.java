package org.cutis.support;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referrals as the front desk records them: from an outside clinic, suspected skin cancer, fast-tracked. */
@Component
public class ReferralFlow {
	private final ObjectProvider<MockMvc> mockMvc;
	private final Login login;

	ReferralFlow(ObjectProvider<MockMvc> mockMvc, Login login) {
		this.mockMvc = mockMvc;
		this.login = login;
	}

	/** A received referral of the patient, recorded by {@code clerk}, with the referring note as typed; its id. */
	public String received(String clerk, UUID patient, String note) throws Exception {
		String json = mockMvc.getObject().perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "하늘숲피부과의원",
					 "physician": "Park Jiwon"}, "reason": "suspected-skin-cancer",
					 "urgency": "suspected-melanoma-fast-track", "note": "%s"}
					""".formatted(patient, note)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}
}
