package org.cutis.treatment.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.BoardFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.treatment.TreatmentCompleted;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentReferral;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The treatment plan's API contract: from the board's signed recommendation or directly, the
 * items moved by their departments, bad input named by field in the user's language, the
 * treating modules' events, the worklist, completion with its event, summary PDF and the board's
 * "discussed before first treatment".
 */
@CutisTest
@RecordApplicationEvents
class TreatmentPlanApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BoardFlow boardFlow;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEvents events;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	ResultActions post(String user, String path, String body) throws Exception {
		return post(user, path, body, "en");
	}

	ResultActions post(String user, String path, String body, String language) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	String itemId(String planJson, String type) {
		return JsonPath.<List<String>>read(planJson, "$.items[?(@.type == '" + type + "')].id").get(0);
	}

	@Test
	void fromTheSignedRecommendationThroughTheDepartmentsToTheSummary() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("1.5", false);
		BoardFlow.Listed listed = boardFlow.listed(melanoma);
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		String fromBoard = "/api/v1/tumor-board/cases/" + listed.caseId() + "/treatment-plan";

		// not signed yet: nothing to plan from
		post(derm, fromBoard, "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("not signed")));
		boardFlow.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"1 cm\"}",
				"{\"type\": \"systemic-therapy\", \"detail\": \"immunotherapy\"}"));

		// the items typed as the board coded them; the excision named to the dermatologist, the rest to its department
		String plan = post(derm, fromBoard, """
				{"items": [{"responsible": "%s", "department": "dermatology"}]}
				""".formatted(derm))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.intent").value("curative"))
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.boardCaseId").value(listed.caseId()))
			.andExpect(jsonPath("$.items[0].type").value("wide-local-excision"))
			.andExpect(jsonPath("$.items[0].detail").value("1 cm"))
			.andExpect(jsonPath("$.items[0].responsible").value(derm))
			.andExpect(jsonPath("$.items[0].status").value("planned"))
			.andExpect(jsonPath("$.items[1].type").value("systemic-therapy"))
			.andExpect(jsonPath("$.items[1].department").value("hematology-oncology"))
			.andExpect(jsonPath("$.items[1].responsible").doesNotExist())
			.andExpect(jsonPath("$.timings.discussedOn").value(LocalDate.now(clock).toString()))
			.andReturn().getResponse().getContentAsString();
		String planId = JsonPath.read(plan, "$.id");
		String excision = itemId(plan, "wide-local-excision");
		String systemic = itemId(plan, "systemic-therapy");
		post(derm, fromBoard, "").andExpect(status().isConflict());

		// clerks follow the progress, not the clinical detail
		mvc.perform(get("/api/v1/treatment-plans/" + planId).with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("planned"))
			.andExpect(jsonPath("$.items[0].type").value("wide-local-excision"))
			.andExpect(jsonPath("$.intent").doesNotExist())
			.andExpect(jsonPath("$.items[0].detail").doesNotExist())
			.andExpect(jsonPath("$.timings").doesNotExist());
		mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/treatment-summary.pdf").with(login.as(clerk)))
			.andExpect(status().isForbidden());

		// the worklists: the dermatologist's named item, the oncology department's unassigned one
		mvc.perform(get("/api/v1/treatment-worklist").with(login.as(derm)))
			.andExpect(jsonPath("$[*].itemId", hasItem(excision)))
			.andExpect(jsonPath("$[*].itemId", not(hasItem(systemic))));
		mvc.perform(get("/api/v1/treatment-worklist").with(login.as(oncologist)))
			.andExpect(jsonPath("$[*].itemId", hasItem(systemic)))
			.andExpect(jsonPath("$[*].itemId", not(hasItem(excision))));

		String excisionStatus = "/api/v1/treatment-plans/" + planId + "/items/" + excision + "/status";
		String systemicStatus = "/api/v1/treatment-plans/" + planId + "/items/" + systemic + "/status";
		// only the item's department changes it
		post(derm, systemicStatus, "{\"status\": \"in-progress\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Hematology")));
		// cancelled without a reason, an unknown status, a day to come: named fields, in the user's language
		post(derm, excisionStatus, "{\"status\": \"cancelled\"}", "ko").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("사유")));
		post(derm, excisionStatus, "{\"status\": \"finished\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		post(derm, excisionStatus, "{\"status\": \"done\", \"on\": \"" + LocalDate.now(clock).plusDays(2) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		// a stale version is refused
		post(derm, excisionStatus, "{\"status\": \"done\", \"version\": 99}").andExpect(status().isConflict());

		String today = LocalDate.now(clock).toString();
		post(derm, excisionStatus, "{\"status\": \"done\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("done"))
			.andExpect(jsonPath("$.items[0].doneOn").value(today))
			.andExpect(jsonPath("$.timings.firstTreatmentOn").value(today))
			.andExpect(jsonPath("$.timings.daysBoardToFirstTreatment").value(0))
			.andExpect(jsonPath("$.timings.daysDiagnosisToFirstTreatment").isNumber());
		// done is final: naming the status and both states
		post(derm, excisionStatus, "{\"status\": \"in-progress\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("An item that is Done cannot become In progress."));
		mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/treatment-summary.pdf").with(login.as(derm)))
			.andExpect(status().isConflict());

		// the oncologist finishes the plan: completed, the event names who treated
		post(oncologist, systemicStatus, "{\"status\": \"in-progress\"}").andExpect(status().isOk());
		post(oncologist, systemicStatus, "{\"status\": \"done\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("completed"))
			.andExpect(jsonPath("$.completedOn").value(today));
		List<TreatmentCompleted> completed = events.stream(TreatmentCompleted.class)
			.filter(e -> e.cancerId().equals(melanoma.cancerId()))
			.toList();
		assertThat(completed).hasSize(1);
		assertThat(completed.get(0).patientId()).isEqualTo(melanoma.patientId());
		assertThat(completed.get(0).completedOn()).isEqualTo(LocalDate.now(clock));
		assertThat(completed.get(0).responsible()).containsExactlyInAnyOrder(
				new TreatmentCompleted.Responsible(derm, Department.DERMATOLOGY, TreatmentType.WIDE_LOCAL_EXCISION),
				new TreatmentCompleted.Responsible(oncologist, Department.HEMATOLOGY_ONCOLOGY,
						TreatmentType.SYSTEMIC_THERAPY));

		// the summary PDF in either language, Hangul read back
		String korean = Pdf.text(mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/treatment-summary.pdf")
			.with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(korean).contains("치료 요약").contains(Clinic.HANGUL_NAME).contains("흑색종").contains("광범위 국소 절제")
			.contains("ICD-10").contains("완료");
		String english = Pdf.text(mvc.perform(get("/api/v1/cancers/" + melanoma.cancerId() + "/treatment-summary.pdf")
			.with(login.as(derm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(english).contains("Treatment summary").contains("Wide local excision").contains("Test dermatologist");

		// the board's metric is computed from the first treatment dates now
		mvc.perform(get("/api/v1/tumor-board/metrics").with(login.as(listed.nurse())))
			.andExpect(jsonPath("$.treatmentDatesRecorded").value(true))
			.andExpect(jsonPath("$.eligibleDiscussedBeforeTreatment").isNumber());
	}

	@Test
	void theTreatingClinicianPlansDirectlyAndBadInputIsNamed() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("0.8", false);
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String plastic = staff.create(Role.SURGEON, Department.PLASTIC_SURGERY);
		String path = "/api/v1/cancers/" + melanoma.cancerId() + "/treatment-plans";

		post(derm, path, """
				{"intent": "curative", "items": [{"type": "laser", "department": "dermatology"}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].type"));
		post(derm, path, """
				{"intent": "curative", "items": [{"type": "excision", "department": "cardiology"}]}
				""", "ko").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].department"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("dermatology")));
		post(derm, path, """
				{"intent": "curative", "items": [{"type": "excision", "responsible": "nobody-at-all", "department": "dermatology"}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].responsible"))
			.andExpect(jsonPath("$.errors[0].message").value("Not an active member of staff."));
		post(derm, path, """
				{"intent": "curative", "items": [{"type": "excision", "responsible": "%s", "department": "dermatology"}]}
				""".formatted(plastic), "ko").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].responsible"))
			.andExpect(jsonPath("$.errors[0].message").value("이 사람은 피부과 소속이 아닙니다."));
		post(derm, path, "{\"intent\": \"hopeful\", \"items\": [{\"type\": \"excision\"}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intent"));
		post(derm, path, "{\"intent\": \"curative\", \"items\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		// a clerk does not plan treatment
		post(staff.create(Role.CLERK), path, "{\"intent\": \"curative\", \"items\": [{\"type\": \"excision\"}]}")
			.andExpect(status().isForbidden());

		String plan = post(derm, path, """
				{"intent": "curative", "items": [{"type": "excision", "detail": "5 mm margins", "responsible": "%s", "department": "dermatology"},
				 {"type": "reconstruction", "responsible": "%s"}]}
				""".formatted(derm, plastic))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.items[0].detail").value("5 mm margins"))
			.andExpect(jsonPath("$.items[1].department").value("plastic-surgery"))
			.andExpect(jsonPath("$.boardCaseId").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String planId = JsonPath.read(plan, "$.id");
		mvc.perform(get("/api/v1/treatment-plans/" + planId).with(login.as(plastic)))
			.andExpect(jsonPath("$.items[1].responsible").value(plastic));
		// a further item: its fields named bare; without a department it goes where it is usually given
		post(derm, "/api/v1/treatment-plans/" + planId + "/items", "{\"type\": \"radiotherapy\", \"department\": \"nursing\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department"));
		post(derm, "/api/v1/treatment-plans/" + planId + "/items", "{\"type\": \"radiotherapy\", \"detail\": \"adjuvant\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[2].type").value("radiotherapy"))
			.andExpect(jsonPath("$.items[2].department").value("radiation-oncology"))
			.andExpect(jsonPath("$.items[2].source").value("clinician"));
		// a day before any record could be is refused, not stored
		post(plastic, "/api/v1/treatment-plans/" + planId + "/items/" + JsonPath.read(plan, "$.items[1].id") + "/status",
				"{\"status\": \"done\", \"on\": \"-999999999-01-01\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/treatment-plans/" + UUID.randomUUID()).with(login.as(derm)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTreatingModulesEventsMoveItemsAndReferralsAddThem() throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("1.2", false);
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String plastic = staff.create(Role.SURGEON, Department.PLASTIC_SURGERY);
		String plan = post(derm, "/api/v1/cancers/" + melanoma.cancerId() + "/treatment-plans", """
				{"intent": "curative", "items": [{"type": "mohs-surgery", "department": "dermatology"},
				 {"type": "systemic-therapy", "department": "hematology-oncology"}]}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String planId = JsonPath.read(plan, "$.id");
		LocalDate day = LocalDate.now(clock).minusDays(1);

		publish(new TreatmentRecorded(melanoma.cancerId(), TreatmentType.MOHS_SURGERY, day, false, derm, "/mohs-cases/x"));
		awaitItem(derm, planId, "mohs-surgery", "in-progress");
		publish(new TreatmentReferral(melanoma.cancerId(), TreatmentType.RECONSTRUCTION, Department.PLASTIC_SURGERY,
				"treatment.timeline.completed", derm, "/mohs-cases/x"));
		String withReferral = awaitItem(derm, planId, "reconstruction", "planned");
		assertThat(JsonPath.<List<String>>read(withReferral, "$.items[?(@.type == 'reconstruction')].department"))
			.containsExactly("plastic-surgery");
		assertThat(JsonPath.<List<String>>read(withReferral, "$.items[?(@.type == 'reconstruction')].source"))
			.containsExactly("referral");
		// the referral reaches plastic surgery's list
		mvc.perform(get("/api/v1/treatment-worklist").with(login.as(plastic)))
			.andExpect(jsonPath("$[*].planId", hasItem(planId)));
		publish(new TreatmentRecorded(melanoma.cancerId(), TreatmentType.MOHS_SURGERY, day, true, derm, "/mohs-cases/x"));
		String done = awaitItem(derm, planId, "mohs-surgery", "done");
		assertThat(JsonPath.<List<String>>read(done, "$.items[?(@.type == 'mohs-surgery')].doneOn"))
			.containsExactly(day.toString());
		assertThat(JsonPath.<String>read(done, "$.timings.firstTreatmentOn")).isEqualTo(day.toString());
		// an event for a cancer without a plan changes nothing and fails nothing
		publish(new TreatmentRecorded(UUID.randomUUID(), TreatmentType.RADIOTHERAPY, day, true, derm, null));
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(event));
	}

	String awaitItem(String user, String planId, String type, String status) {
		return Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mvc
			.perform(get("/api/v1/treatment-plans/" + planId).with(login.as(user)))
			.andReturn().getResponse().getContentAsString(),
				json -> JsonPath.<List<String>>read(json, "$.items[?(@.type == '" + type + "')].status")
					.contains(status));
	}
}
