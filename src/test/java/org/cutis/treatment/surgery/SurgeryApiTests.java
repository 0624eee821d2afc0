package org.cutis.treatment.surgery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.TimelineContributor;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Surgery through the API as the clinic uses it: a signed, staged melanoma excised with the
 * proposed margin, its re-excision specimen through the laboratory and sign-out, the margins back
 * on the excision; the other procedures with their field errors.
 */
@CutisTest
@Import(SurgeryApiTests.Heard.class)
class SurgeryApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BiopsyFlow biopsy;
	@Autowired
	PatientDirectory patients;
	@Autowired
	List<TreatmentContributor> treatments;
	@Autowired
	List<TimelineContributor> timelines;
	@Autowired
	Heard heard;

	/** What the treatment plan would hear. */
	@TestConfiguration
	static class Heard {
		final List<TreatmentRecorded> events = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(TreatmentRecorded event) {
			events.add(event);
		}
	}

	ResultActions post(String user, String path, String json, String language) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String today() {
		return LocalDate.now().toString();
	}

	@Test
	void aWideExcisionGetsTheProposedMarginAndItsMarginsBackFromTheSignedReport() throws Exception {
		Signed s = cancers.melanoma("0.8", false);
		String surgeon = s.dermatologist();
		mvc.perform(get("/api/v1/cancers/" + s.cancerId() + "/excisions/proposal").with(login.as(surgeon))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposal.value").value("1 cm"))
			.andExpect(jsonPath("$.proposal.ruleSet").value("NCCN-MELANOMA"))
			.andExpect(jsonPath("$.proposal.explanation[0]").value(containsString("두께")));

		// narrower than 1 cm without a reason: refused by field, in the reader's language
		post(surgeon, "/api/v1/cancers/" + s.cancerId() + "/excisions", """
				{"performedOn": "%s", "plannedMargin": 8, "marginUnit": "mm"}
				""".formatted(today()), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("narrowerReason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("사유")));
		post(surgeon, "/api/v1/cancers/" + s.cancerId() + "/excisions", """
				{"performedOn": "2999-01-01", "plannedMargin": -1, "marginUnit": "inch", "surgeon": "%s"}
				""".formatted(s.nurse()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("performedOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("marginUnit")));

		String body = post(surgeon, "/api/v1/cancers/" + s.cancerId() + "/excisions", """
				{"performedOn": "%s", "plannedMargin": 1, "marginUnit": "cm", "complications": "none"}
				""".formatted(today()), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("awaiting-pathology"))
			.andExpect(jsonPath("$.type").value("wide-local-excision"))
			.andExpect(jsonPath("$.surgeon").value(surgeon))
			.andExpect(jsonPath("$.plannedMargin.mm").value(10))
			.andExpect(jsonPath("$.proposal.value").value("1 cm"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String specimen = JsonPath.read(body, "$.specimenId");
		String accession = JsonPath.read(body, "$.specimenAccession");
		mvc.perform(get("/api/v1/specimens/" + specimen).with(login.as(s.nurse())))
			.andExpect(jsonPath("$.purpose").value("re-excision"));

		// the specimen's loop: collected, sent, received, reported with margins and signed
		String mrn = patients.find(s.patientId()).orElseThrow().mrn();
		biopsy.step(s.nurse(), specimen, "{\"type\": \"collect\"}");
		biopsy.step(s.nurse(), specimen, "{\"type\": \"send\"}");
		biopsy.step(s.pathologist(), specimen, """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(accession, mrn));
		biopsy.signed(s.pathologist(), specimen, """
				{"diagnosis": "melanoma-in-situ", "peripheralMarginInvolved": false, "peripheralMarginMm": 9,
				 "deepMarginInvolved": false, "deepMarginMm": 4}
				""");
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
			mvc.perform(get("/api/v1/excisions/" + id).with(login.as(s.nurse())))
				.andExpect(jsonPath("$.status").value("done")));
		String done = mvc.perform(get("/api/v1/excisions/" + id).with(login.as(s.nurse())))
			.andExpect(jsonPath("$.margins.clear").value(true))
			.andExpect(jsonPath("$.margins.peripheralMm").value(9))
			.andExpect(jsonPath("$.margins.deepMm").value(4))
			.andReturn().getResponse().getContentAsString();

		UUID cancer = s.cancerId();
		assertThat(heard.events).filteredOn(e -> e.cancerId().equals(cancer))
			.extracting(TreatmentRecorded::finished)
			.containsExactly(false, true);
		List<TreatmentEntry> summary = treatments.stream().flatMap(t -> t.treatmentsOf(cancer).stream()).toList();
		assertThat(summary).extracting(TreatmentEntry::type).contains(TreatmentType.WIDE_LOCAL_EXCISION);
		assertThat(summary).extracting(TreatmentEntry::args).anySatisfy(a -> assertThat(a).contains("surgery.margins.clear"));
		assertThat(timelines.stream().flatMap(t -> t.timelineOf(s.patientId()).stream()))
			.extracting(e -> e.messageKey())
			.contains("surgery.timeline.excised", "surgery.timeline.margins");

		// edits carry the version read; an older one is refused, a void keeps the record
		long version = ((Number) JsonPath.read(done, "$.version")).longValue();
		post(surgeon, "/api/v1/excisions/" + id + "/complications", """
				{"complications": "small seroma", "version": %d}
				""".formatted(version), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.complications").value("small seroma"));
		post(surgeon, "/api/v1/excisions/" + id + "/void", """
				{"reason": "duplicate", "version": %d}
				""".formatted(version), "en").andExpect(status().isConflict());
		post(s.nurse(), "/api/v1/excisions/" + id + "/void", """
				{"reason": "duplicate", "version": %d}
				""".formatted(version + 1), "en").andExpect(status().isForbidden());
	}

	@Test
	void proceduresAreOneRecordWithTheDetailsOfTheirKindAndANodalResultRestages() throws Exception {
		Signed s = cancers.melanoma("1.6", true);
		String derm = s.dermatologist();
		String slnb = JsonPath.read(post(derm, "/api/v1/procedures", """
				{"kind": "slnb", "cancerId": "%s", "performedOn": "%s", "basin": "left-axilla",
				 "nodesExamined": 3, "nodesPositive": 1, "largestDepositMm": 0.6}
				""".formatted(s.cancerId(), today()), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("slnb"))
			.andExpect(jsonPath("$.lesionId").value(s.lesionId()))
			.andExpect(jsonPath("$.stagingChangeProposed").value(true))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(derm)))
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'slnb')].nodesPositive").value(hasItem(1)));
		// the same basin twice would count its nodes twice: staging refuses it by field
		post(derm, "/api/v1/procedures", """
				{"kind": "slnb", "cancerId": "%s", "performedOn": "%s", "basin": "left-axilla",
				 "nodesExamined": 2, "nodesPositive": 0}
				""".formatted(s.cancerId(), today()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basin"));

		// the sentinel node biopsy was recorded on the wrong patient: voiding it withdraws its result
		// from the cancer's staging (kept on the order, marked withdrawn), restaged without it
		post(derm, "/api/v1/procedures/" + slnb + "/void", "{\"reason\": \"recorded on the wrong patient\", \"version\": 0}",
				"en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
		String cancer = mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'slnb')].status").value(hasItem("withdrawn")))
			.andExpect(jsonPath("$.workupOrders[?(@.kind == 'slnb')].nodesPositive").value(hasItem(1)))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(cancer, "$.workupOrders[?(@.status == 'resulted')].id")).isEmpty();
		mvc.perform(get("/procedures/" + slnb).with(login.as(derm)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("병기 근거에서 철회되었습니다")));
		// the basin is free again: the real result can be recorded
		post(derm, "/api/v1/procedures", """
				{"kind": "slnb", "cancerId": "%s", "performedOn": "%s", "basin": "left-axilla",
				 "nodesExamined": 2, "nodesPositive": 0}
				""".formatted(s.cancerId(), today()), "en")
			.andExpect(status().isCreated());

		// bad input: clear field errors in the user's language, never a 5xx
		post(derm, "/api/v1/procedures", """
				{"kind": "topical-field-therapy", "lesionId": "%s", "performedOn": "2999-01-01", "agent": "aspirin",
				 "areaCm2": -4, "weeks": 30}
				""".formatted(s.lesionId()), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("performedOn",
					"agent", "areaCm2", "weeks")))
			.andExpect(jsonPath("$.errors[?(@.field == 'areaCm2')].message").value(hasItem(containsString("면적"))));
		post(derm, "/api/v1/procedures", """
				{"kind": "laser", "lesionId": "%s", "performedOn": "%s"}
				""".formatted(s.lesionId(), today()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("cryotherapy")));
		post(derm, "/api/v1/procedures", """
				{"kind": "cryotherapy", "lesionId": "%s", "performedOn": "%s", "performedBy": "%s"}
				""".formatted(s.lesionId(), today(), s.nurse()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("performedBy"));

		String body = post(derm, "/api/v1/procedures", """
				{"kind": "topical-field-therapy", "lesionId": "%s", "performedOn": "%s", "agent": "imiquimod",
				 "areaCm2": 25, "weeks": 4}
				""".formatted(s.lesionId(), today()), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agent").value("imiquimod"))
			.andExpect(jsonPath("$.weeks").value(4))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/procedures/" + id).with(login.as(s.nurse()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areaCm2").value(25));
		String clerk = staff.create(Role.CLERK);
		mvc.perform(get("/api/v1/procedures/" + id).with(login.as(clerk))).andExpect(status().isForbidden());
		post(derm, "/api/v1/procedures/" + id + "/void", "{\"reason\": \"wrong lesion\", \"version\": 0}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
		mvc.perform(get("/api/v1/procedures/" + id).with(login.as(derm))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/procedures/" + UUID.randomUUID()).with(login.as(derm)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRejectedExcisionSpecimenIsReCollectedAndTheReCollectionBringsTheMarginsBack() throws Exception {
		Signed s = cancers.melanoma("2.5", false);
		String body = post(s.dermatologist(), "/api/v1/cancers/" + s.cancerId() + "/excisions", """
				{"performedOn": "%s", "plannedMargin": 2, "marginUnit": "cm"}
				""".formatted(today()), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposal.value").value("2 cm"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String specimen = JsonPath.read(body, "$.specimenId");
		biopsy.step(s.nurse(), specimen, "{\"type\": \"collect\"}");
		String again = post(s.pathologist(), "/api/v1/specimens/" + specimen + "/events",
				"{\"type\": \"reject\", \"reason\": \"container leaked\"}", "en")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String recollection = JsonPath.read(again, "$.id");
		String accession = JsonPath.read(again, "$.accession");
		String mrn = patients.find(s.patientId()).orElseThrow().mrn();
		biopsy.step(s.nurse(), recollection, "{\"type\": \"collect\"}");
		biopsy.step(s.nurse(), recollection, "{\"type\": \"send\"}");
		biopsy.step(s.pathologist(), recollection, """
				{"type": "receive", "accession": "%s", "mrn": "%s", "site": "back"}
				""".formatted(accession, mrn));
		biopsy.signed(s.pathologist(), recollection, """
				{"diagnosis": "melanoma", "breslowMm": 0.4, "ulceration": false, "peripheralMarginInvolved": false,
				 "peripheralMarginMm": 15, "deepMarginInvolved": true}
				""");
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
			mvc.perform(get("/api/v1/cancers/" + s.cancerId() + "/surgery").with(login.as(s.nurse())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.excisions[0].id").value(id))
				.andExpect(jsonPath("$.excisions[0].status").value("done"))
				.andExpect(jsonPath("$.excisions[0].specimenAccession").value(accession))
				.andExpect(jsonPath("$.excisions[0].margins.deepInvolved").value(true))
				.andExpect(jsonPath("$.excisions[0].margins.clear").value(false)));
	}
}
