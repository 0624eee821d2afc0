package org.cutis.recurrence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteSigned;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.PathologyFlow;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Relapse suspected at a visit → the relapse work-up → the re-biopsy of purpose recurrence through
 * the real biopsy and pathology loop → a malignant result records the recurrence, restages the cancer
 * at recurrence and puts it on the tumor board's proposals; a benign one rules it out. The visit note
 * module is built beside this one, so the tests publish {@link VisitNoteSigned} themselves.
 */
@CutisTest
class RecurrenceApiTests {
	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BiopsyFlow biopsies;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	RecurrenceEventLog events;
	@Autowired
	Clock clock;

	@Test
	void relapseSuspectedThenMalignantRebiopsyConfirmsTheRecurrence() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		UUID lesion = UUID.fromString(s.lesionId());
		UUID visit = relapseSuspected(s, List.of(lesion));

		String workup = awaitWorkup(s);
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("open"))
			.andExpect(jsonPath("$.nextStep").value("order-rebiopsy"))
			.andExpect(jsonPath("$.visitNoteId").value(visit.toString()))
			.andExpect(jsonPath("$.suspectedBy").value(s.dermatologist()))
			.andExpect(jsonPath("$.lesions[0].lesionId").value(s.lesionId()))
			.andExpect(jsonPath("$.lesions[0].relation").value("original"))
			.andExpect(jsonPath("$.lesions[0].rebiopsy").doesNotExist());
		assertThat(events.of(RelapseWorkupStarted.class, s.cancerId())).singleElement()
			.satisfies(e -> assertThat(e.visitNoteId()).isEqualTo(visit));
		// the worklist says what to do, in Korean, with the order link of purpose recurrence
		mvc.perform(get("/relapse-workups").with(login.as(s.dermatologist())).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("workup-" + workup)))
			.andExpect(content().string(containsString("재생검 처방")))
			.andExpect(content().string(containsString("/lesions/" + s.lesionId() + "/biopsies/new?purpose=recurrence")));
		mvc.perform(get("/lesions/" + s.lesionId() + "/biopsies/new?purpose=recurrence").with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"RECURRENCE\" selected")));

		// the re-biopsy, ordered, collected, sent and received with its purpose
		BiopsyFlow.Ordered rebiopsy = biopsies.received(s.dermatologist(), s.nurse(), s.pathologist(), s.patientId(),
				s.lesionId(), "recurrence");
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.nurse())))
			.andExpect(jsonPath("$.nextStep").value("awaiting-result"))
			.andExpect(jsonPath("$.lesions[0].rebiopsy.specimenId").value(rebiopsy.specimenId()))
			.andExpect(jsonPath("$.lesions[0].rebiopsy.purpose").value("recurrence"))
			.andExpect(jsonPath("$.lesions[0].rebiopsy.status").value("received"));
		// flagged through the loop: the specimen page, the pathologist's worklist, the report form
		mvc.perform(get("/specimens/" + rebiopsy.specimenId()).with(login.as(s.nurse())).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("재발 의심")));
		mvc.perform(get("/pathology/worklist").with(login.as(s.pathologist())).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("purpose-mark")))
			.andExpect(content().string(containsString("재발 의심")));

		biopsies.signed(s.pathologist(), rebiopsy.specimenId(), PathologyFlow.melanoma("0.5"));

		String recurrences = "/api/v1/cancers/" + s.cancerId() + "/recurrences";
		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(recurrences).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$", hasSize(1))));
		String body = mvc.perform(get(recurrences).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$[0].extent").value("local"))
			.andExpect(jsonPath("$[0].extentConfirmed").value(false))
			.andExpect(jsonPath("$[0].basis").value("biopsy"))
			.andExpect(jsonPath("$[0].detectedOn").value(LocalDate.now(clock).toString()))
			.andExpect(jsonPath("$[0].specimenId").value(rebiopsy.specimenId()))
			.andExpect(jsonPath("$[0].workupId").value(workup))
			.andReturn().getResponse().getContentAsString();
		String recurrence = JsonPath.read(body, "$[0].id");
		assertThat(events.of(RecurrenceConfirmed.class, s.cancerId())).singleElement()
			.satisfies(e -> assertThat(e.extent()).isEqualTo(RecurrenceExtent.LOCAL));
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.status").value("confirmed"))
			.andExpect(jsonPath("$.recurrenceId").value(recurrence))
			.andExpect(jsonPath("$.result.behaviour").value("malignant"));
		mvc.perform(get("/api/v1/relapse-workups?open=true").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$[*].id", not(hasItem(workup))));

		// restaged at recurrence, and the tumor board proposes the case for it
		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.history[*].occasion", hasItem("recurrence"))));
		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/tumor-board/proposals").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$[?(@.cancerId == '" + s.cancerId() + "')].reason", hasItem("recurrence"))));

		// the clinician confirms the extent (once), then corrects it with a reason
		mvc.perform(postJson(s.dermatologist(), "/api/v1/recurrences/" + recurrence + "/extent", "{\"extent\": \"regional\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extent").value("regional"))
			.andExpect(jsonPath("$.extentConfirmed").value(true))
			.andExpect(jsonPath("$.confirmedBy").value(s.dermatologist()));
		mvc.perform(postJson(s.dermatologist(), "/api/v1/recurrences/" + recurrence + "/extent", "{\"extent\": \"local\"}"))
			.andExpect(status().isConflict());
		mvc.perform(postJson(s.dermatologist(), "/api/v1/recurrences/" + recurrence + "/corrections", "{\"extent\": \"local\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		mvc.perform(postJson(s.dermatologist(), "/api/v1/recurrences/" + recurrence + "/corrections",
				"{\"extent\": \"local\", \"reason\": \"scar on review\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extent").value("local"))
			.andExpect(jsonPath("$.corrections[0].extentBefore").value("regional"))
			.andExpect(jsonPath("$.corrections[0].reason").value("scar on review"));

		// the cancer page's section and the recurrence page, in Korean
		mvc.perform(get("/cancers/" + s.cancerId()).with(login.as(s.dermatologist())).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recurrence\"")))
			.andExpect(content().string(containsString("국소 재발")))
			.andExpect(content().string(containsString("재발 확인")));
		mvc.perform(get("/cancers/" + s.cancerId() + "/recurrences").with(login.as(s.dermatologist()))
				.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("정정 이력")))
			.andExpect(content().string(containsString("scar on review")));
	}

	@Test
	void benignRebiopsyOfANewLesionRulesTheRecurrenceOut() throws Exception {
		Signed s = cancers.melanoma("0.6", false);
		String newLesion = biopsies.lesion(s.dermatologist(), s.patientId(), "back", "back", 4, "melanoma");
		relapseSuspected(s, List.of(UUID.fromString(newLesion)));
		String workup = awaitWorkup(s);
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.lesions[0].lesionId").value(newLesion))
			.andExpect(jsonPath("$.lesions[0].relation").value("new-lesion"));

		BiopsyFlow.Ordered rebiopsy = biopsies.received(s.dermatologist(), s.nurse(), s.pathologist(), s.patientId(),
				newLesion, "recurrence");
		biopsies.signed(s.pathologist(), rebiopsy.specimenId(), "{\"diagnosis\": \"benign-naevus\"}");

		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.status").value("ruled-out"))
			.andExpect(jsonPath("$.result.behaviour").value("benign"))
			.andExpect(jsonPath("$.result.specimenId").value(rebiopsy.specimenId())));
		assertThat(events.of(RecurrenceRuledOut.class, s.cancerId())).singleElement()
			.satisfies(e -> assertThat(e.specimenId()).isEqualTo(UUID.fromString(rebiopsy.specimenId())));
		assertThat(events.of(RecurrenceConfirmed.class, s.cancerId())).isEmpty();
		mvc.perform(get("/api/v1/cancers/" + s.cancerId() + "/recurrences").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/relapse-workups?open=false").with(login.as(s.dermatologist())).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("재발 아님(양성)")));
	}

	/**
	 * In-transit disease: a new lesion recorded at the visit, linked to the cancer by the work-up. Its
	 * malignant re-biopsy is a regional recurrence of that cancer and adds to its evidence: no second
	 * cancer is opened for the new lesion.
	 */
	@Test
	void malignantRebiopsyOfALinkedNewLesionIsARegionalRecurrenceOfTheSameCancer() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		String newLesion = biopsies.lesion(s.dermatologist(), s.patientId(), "back", "back", 3, "melanoma");
		relapseSuspected(s, List.of(UUID.fromString(newLesion)));
		String workup = awaitWorkup(s);
		BiopsyFlow.Ordered rebiopsy = biopsies.received(s.dermatologist(), s.nurse(), s.pathologist(), s.patientId(),
				newLesion, "recurrence");
		String report = biopsies.signed(s.pathologist(), rebiopsy.specimenId(), PathologyFlow.melanoma("0.5"));

		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/cancers/" + s.cancerId() + "/recurrences").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].extent").value("regional"))
			.andExpect(jsonPath("$[0].workupId").value(workup)));
		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.evidence.reportIds", hasItem(report))));
		assertThat(cancers.cancerOfLesion(UUID.fromString(newLesion))).isEmpty();
	}

	@Test
	void theClinicianRecordsARecurrenceDirectlyAndBadInputIsNamedByField() throws Exception {
		Signed s = cancers.melanoma("0.7", false);
		relapseSuspected(s, List.of());
		String workup = awaitWorkup(s);
		// no lesion named: the cancer's own lesion is the one to re-biopsy
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.lesions[0].lesionId").value(s.lesionId()));
		String path = "/api/v1/cancers/" + s.cancerId() + "/recurrences";
		String derm = s.dermatologist();

		mvc.perform(postJson(derm, path, "{}").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("extent", "detectedOn")))
			.andExpect(jsonPath("$.errors[?(@.field == 'extent')].message", hasItem(containsString("local, regional, distant"))));
		mvc.perform(postJson(derm, path, "{\"extent\": \"everywhere\", \"detectedOn\": \"2999-01-01\"}")
				.header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'extent')].message", hasItem(containsString("everywhere"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'detectedOn')].message", hasItem(containsString("오늘"))));
		mvc.perform(postJson(derm, path, "{\"extent\": \"distant\", \"detectedOn\": \"1990-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("detectedOn")));
		mvc.perform(postJson(derm, path, "{\"extent\": \"distant\", \"detectedOn\": \"yesterday\"}"))
			.andExpect(status().is4xxClientError());
		mvc.perform(postJson(derm, path, "{\"extent\": \"distant\", \"detectedOn\": \"%s\", \"detail\": \"%s\"}"
				.formatted(LocalDate.now(clock), "x".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("detail")));
		mvc.perform(postJson(derm, "/api/v1/cancers/" + UUID.randomUUID() + "/recurrences",
				"{\"extent\": \"distant\", \"detectedOn\": \"" + LocalDate.now(clock) + "\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(postJson(staff.create(Role.NURSE), path, "{\"extent\": \"distant\", \"detectedOn\": \"" + LocalDate.now(clock) + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/relapse-workups/" + UUID.randomUUID()).with(login.as(derm)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/recurrences/" + UUID.randomUUID()).with(login.as(derm)))
			.andExpect(status().isNotFound());

		// distant disease on imaging, recorded with its date: confirmed as recorded, the open work-up closed by it
		mvc.perform(postJson(derm, path, "{\"extent\": \"distant\", \"detectedOn\": \"%s\", \"detail\": \"PET-CT: liver\"}"
				.formatted(LocalDate.now(clock))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extent").value("distant"))
			.andExpect(jsonPath("$.extentConfirmed").value(true))
			.andExpect(jsonPath("$.basis").value("clinical"))
			.andExpect(jsonPath("$.recordedBy").value(derm));
		assertThat(events.of(RecurrenceConfirmed.class, s.cancerId())).singleElement()
			.satisfies(e -> assertThat(e.extent()).isEqualTo(RecurrenceExtent.DISTANT));
		mvc.perform(get("/api/v1/relapse-workups/" + workup).with(login.as(derm)))
			.andExpect(jsonPath("$.status").value("confirmed"));
		mvc.perform(get("/api/v1/cancers/" + s.cancerId()).with(login.as(derm)))
			.andExpect(jsonPath("$.history[0].occasion").value("recurrence"));
		Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc
			.perform(get("/api/v1/tumor-board/proposals").with(login.as(derm)))
			.andExpect(jsonPath("$[?(@.cancerId == '" + s.cancerId() + "')].reason", hasItem("recurrence"))));

		// the page form: errors beside the fields, in Korean; a recorded recurrence is never deleted
		mvc.perform(post("/cancers/" + s.cancerId() + "/recurrences").with(login.as(derm)).header("Accept-Language", "ko")
				.param("extent", "").param("detectedOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("extent-error")))
			.andExpect(content().string(containsString("detectedOn-error")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/recurrences/" + JsonPath.read(mvc.perform(get(path).with(login.as(derm))).andReturn()
				.getResponse().getContentAsString(), "$[0].id")).with(login.as(derm)))
			.andExpect(status().is4xxClientError());
	}

	private UUID relapseSuspected(Signed s, List<UUID> lesions) {
		UUID visit = UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> publisher.publishEvent(new VisitNoteSigned(visit,
				UUID.randomUUID(), s.patientId(), s.dermatologist(), LocalDate.now(clock),
				VisitAssessment.RELAPSE_SUSPECTED, s.cancerId(), lesions, Instant.now(clock))));
		return visit;
	}

	/** The work-up the listener opened (after the visit note's transaction commits). */
	private String awaitWorkup(Signed s) {
		return Awaitility.await().atMost(WAIT).until(() -> {
			List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/relapse-workups?open=true")
				.with(login.as(s.dermatologist()))).andReturn().getResponse().getContentAsString(),
					"$[?(@.cancerId == '" + s.cancerId() + "')].id");
			return ids.isEmpty() ? null : ids.get(0);
		}, id -> id != null);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String user, String path,
			String json) {
		return post(path).with(login.as(user)).contentType(MediaType.APPLICATION_JSON).content(json);
	}

}
