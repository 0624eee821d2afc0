package org.cutis.treatment.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan moves with what the treating modules record, without anyone ticking it: the oncology
 * department starts and ends a systemic course, the plan's systemic item follows it to done, the
 * plan completes, and the treatment summary lists the course as oncology recorded it.
 */
@CutisTest
class TreatmentAcrossModulesTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	TestClock clock;

	ResultActions as(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String itemStatus(String user, String planId) throws Exception {
		String plan = mvc.perform(get("/api/v1/treatment-plans/" + planId).with(login.as(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.<List<String>>read(plan, "$.items[?(@.type == 'systemic-therapy')].status").get(0);
	}

	@Test
	void aSystemicCourseMovesThePlanAndEndsInTheSummary() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("2.5", true);
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		LocalDate today = LocalDate.now(clock);

		String planId = JsonPath.read(as(derm, "/api/v1/cancers/" + melanoma.cancerId() + "/treatment-plans", """
				{"intent": "curative", "items": [{"type": "systemic-therapy", "department": "hematology-oncology",
				 "detail": "adjuvant immunotherapy"}]}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(itemStatus(derm, planId)).isEqualTo("planned");

		String courseId = JsonPath.read(as(oncologist, "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "nivolumab", "setting": "adjuvant", "line": 1, "heightCm": 172,
				 "weightKg": 68.5, "startDate": "%s"}
				""".formatted(melanoma.cancerId(), today.minusDays(30)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> itemStatus(derm, planId).equals("in-progress"));

		as(oncologist, "/api/v1/systemic-courses/" + courseId + "/cycles", """
				{"number": 1, "date": "%s"}
				""".formatted(today.minusDays(30))).andExpect(status().isCreated());
		as(oncologist, "/api/v1/systemic-courses/" + courseId + "/end", """
				{"date": "%s", "reason": "completed"}
				""".formatted(today)).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> itemStatus(derm, planId).equals("done"));

		String summary = Pdf.text(mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/treatment-summary.pdf")
			.with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(summary).containsIgnoringCase("nivolumab").contains("Treatment summary");
	}
}
